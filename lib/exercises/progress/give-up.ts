import type { Db } from "../../db";
import { findExercise, referenceSource } from "./exercise-files";
import { AppError } from "../../errors";

/** Giving up unlocks the reference and suggests Again for the exercise card. */
export async function giveUp(db: Db, userId: string, exerciseId: string, now: Date = new Date()) {
  findExercise(exerciseId);
  await db.exerciseProgress.upsert({
    where: { userId_exerciseId: { userId, exerciseId } },
    update: { gaveUpAt: now },
    create: { userId, exerciseId, code: "", status: "attempted", gaveUpAt: now },
  });
  return { suggestedRating: 1 as const, reference: referenceSource(exerciseId) };
}

/** The reference solution, once the learner has passed or given up. */
export async function getReference(db: Db, userId: string, exerciseId: string) {
  findExercise(exerciseId);
  const progress = await db.exerciseProgress.findUnique({ where: { userId_exerciseId: { userId, exerciseId } }, select: { solvedAt: true, gaveUpAt: true } });
  if (!progress?.solvedAt && !progress?.gaveUpAt) throw new AppError("REFERENCE_LOCKED", "pass the exercise or give up first to see the reference");
  return { reference: referenceSource(exerciseId) };
}
