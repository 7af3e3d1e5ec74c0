import type { Db } from "../../db";
import { listExercises, type ExerciseMeta } from "../catalog";
import { exerciseCardId } from "../exercise-cards";
import { localizedMeta } from "./exercise-files";

export type ExerciseStatus = "new" | "attempted" | "solved" | "due";
export type ExerciseListItem = ExerciseMeta & { status: ExerciseStatus; attempts: number; dueAt: string | null };

/** Every exercise (titled in the user's language) with the user's status: due (its card is due for review) wins over solved. */
export async function listExercisesForUser(db: Db, userId: string, now: Date = new Date()): Promise<ExerciseListItem[]> {
  const exercises = listExercises();
  const [progress, cards, settings] = await Promise.all([
    db.exerciseProgress.findMany({ where: { userId }, select: { exerciseId: true, status: true, attempts: true } }),
    db.userCard.findMany({
      where: { userId, cardId: { in: exercises.map((e) => exerciseCardId(e.id)) }, state: { not: 0 }, suspended: false },
      select: { cardId: true, due: true },
    }),
    db.settings.findUnique({ where: { userId }, select: { locale: true } }),
  ]);
  const locale = settings?.locale === "zh" ? "zh" : "en";
  const byId = new Map(progress.map((p) => [p.exerciseId, p]));
  const dueBy = new Map(cards.map((c) => [c.cardId, c.due]));
  return exercises.map((e) => {
    const p = byId.get(e.id);
    const due = dueBy.get(exerciseCardId(e.id)) ?? null;
    const status: ExerciseStatus = due && due <= now ? "due" : ((p?.status as ExerciseStatus | undefined) ?? "new");
    return { ...localizedMeta(e, locale), status, attempts: p?.attempts ?? 0, dueAt: due?.toISOString() ?? null };
  });
}
