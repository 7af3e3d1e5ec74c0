import type { Db } from "../db";

export type QuizScore = { id: string; finishedAt: string; mode: string; correct: number; length: number; score: number };

/** The most recent finished quizzes, oldest first, scored as correct answers over quiz length. */
export async function getQuizScores(db: Db, userId: string, take = 50): Promise<QuizScore[]> {
  const quizzes = await db.quiz.findMany({
    where: { userId, finishedAt: { not: null } },
    orderBy: { finishedAt: "desc" },
    take,
    select: { id: true, finishedAt: true, mode: true, correctCount: true, length: true },
  });
  return quizzes.reverse().map((q) => ({
    id: q.id,
    finishedAt: q.finishedAt!.toISOString(),
    mode: q.mode,
    correct: q.correctCount,
    length: q.length,
    score: q.length > 0 ? q.correctCount / q.length : 0,
  }));
}
