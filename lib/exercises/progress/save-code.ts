import type { Db } from "../../db";
import { parseInput } from "../../errors";
import { findExercise } from "./exercise-files";
import { codeSchema } from "./exercise-schemas";

/** Autosave: the learner's latest code for the exercise, restored when they come back. */
export async function saveExerciseCode(db: Db, userId: string, exerciseId: string, input: unknown) {
  findExercise(exerciseId);
  const { code } = parseInput(codeSchema, input);
  const saved = await db.exerciseProgress.upsert({
    where: { userId_exerciseId: { userId, exerciseId } },
    update: { code },
    create: { userId, exerciseId, code, status: "new" },
    select: { updatedAt: true },
  });
  return { savedAt: saved.updatedAt.toISOString() };
}
