import type { Db } from "../../db";
import { exerciseCardId } from "../exercise-cards";
import { findExercise, localizedMeta, promptHtml, starterSource } from "./exercise-files";
import { getSettings } from "../../settings/get-settings";

/** What the exercise page needs: prompt, starter, the learner's saved code and standing. */
export async function getExerciseForUser(db: Db, userId: string, exerciseId: string) {
  const found = findExercise(exerciseId);
  const [progress, card, settings] = await Promise.all([
    db.exerciseProgress.findUnique({ where: { userId_exerciseId: { userId, exerciseId } } }),
    db.userCard.findUnique({ where: { userId_cardId: { userId, cardId: exerciseCardId(exerciseId) } }, select: { due: true, state: true, reps: true } }),
    getSettings(db, userId),
  ]);
  const meta = localizedMeta(found, settings.locale);
  const starter = starterSource(exerciseId);
  return {
    meta,
    promptHtml: promptHtml(exerciseId, settings.locale),
    starter,
    savedCode: progress?.code ?? null,
    status: progress?.status ?? "new",
    attempts: progress?.attempts ?? 0,
    // The reference is shown only once earned: after a pass or after giving up.
    referenceUnlocked: Boolean(progress?.solvedAt || progress?.gaveUpAt),
    scheduled: card && card.state !== 0 ? { due: card.due.toISOString(), reps: card.reps } : null,
  };
}

export type ExerciseView = Awaited<ReturnType<typeof getExerciseForUser>>;
