import type { Db } from "../../db";
import { parseInput } from "../../errors";
import { exerciseCardId } from "../exercise-cards";
import { findExercise } from "./exercise-files";
import { attemptSchema, failuresWithinBudget } from "./exercise-schemas";
import type { Rating } from "../../review/vocabulary";

/** Attempts kept per user and exercise: enough for the history, bounded so one account cannot fill the disk. */
export const ATTEMPTS_KEPT = 50;

export type SuggestedRating = Rating;

/**
 * Records a Run or Submit. A passing submission suggests the FSRS rating for the exercise
 * card: Good on the first try, Hard after failed submissions (counted since the card was
 * last graded, so a review starts fresh). The learner confirms or changes it.
 */
export async function recordAttempt(db: Db, userId: string, exerciseId: string, input: unknown, now: Date = new Date()) {
  findExercise(exerciseId);
  const { mode, passed, failures, code } = parseInput(attemptSchema, input);
  const card = await db.userCard.findUnique({ where: { userId_cardId: { userId, cardId: exerciseCardId(exerciseId) } }, select: { lastReview: true } });
  const since = card?.lastReview ?? new Date(0);
  const failedBefore = mode === "submit" && passed
    ? await db.exerciseAttempt.count({ where: { userId, exerciseId, mode: "submit", passed: false, createdAt: { gte: since } } })
    : 0;
  const solved = mode === "submit" && passed;
  const [attempt, progress] = await db.$transaction([
    db.exerciseAttempt.create({ data: { userId, exerciseId, mode, passed, failures: failuresWithinBudget(code, failures), code, createdAt: now } }),
    db.exerciseProgress.upsert({
      where: { userId_exerciseId: { userId, exerciseId } },
      update: {
        code,
        ...(mode === "submit" ? { attempts: { increment: 1 } } : {}),
        ...(solved ? { status: "solved", solvedAt: now } : {}),
      },
      create: { userId, exerciseId, code, status: solved ? "solved" : "attempted", attempts: mode === "submit" ? 1 : 0, solvedAt: solved ? now : null },
    }),
  ]);
  await pruneAttempts(db, userId, exerciseId);
  // A first attempt on a never-solved exercise moves it from "new" to "attempted".
  if (!solved && progress.status === "new") await db.exerciseProgress.update({ where: { id: progress.id }, data: { status: "attempted" } });
  const suggestedRating: SuggestedRating | null = solved ? (failedBefore === 0 ? 3 : 2) : null;
  return { attemptId: attempt.id, status: solved ? "solved" : progress.status === "new" ? "attempted" : progress.status, attempts: progress.attempts, suggestedRating };
}

/** Deletes all but the newest ATTEMPTS_KEPT attempts (each insert prunes, so this removes one row at a time in practice). */
async function pruneAttempts(db: Db, userId: string, exerciseId: string) {
  const old = await db.exerciseAttempt.findMany({
    where: { userId, exerciseId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: ATTEMPTS_KEPT,
    select: { id: true },
  });
  if (old.length) await db.exerciseAttempt.deleteMany({ where: { id: { in: old.map((a) => a.id) } } });
}
