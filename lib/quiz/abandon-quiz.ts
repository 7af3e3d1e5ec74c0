import type { Db } from "../db";
import { AppError } from "../errors";

/** Deletes an unfinished quiz the learner gave up on; finished quizzes stay in the history. */
export async function abandonQuiz(db: Db, userId: string, quizId: string): Promise<{ abandoned: string }> {
  const quiz = await db.quiz.findFirst({ where: { id: quizId, userId }, select: { finishedAt: true } });
  if (!quiz) throw AppError.notFound("quiz");
  if (quiz.finishedAt) throw new AppError("QUIZ_FINISHED", "a finished quiz cannot be abandoned");
  await db.$transaction([db.quizQuestion.deleteMany({ where: { quizId } }), db.quiz.deleteMany({ where: { id: quizId, userId, finishedAt: null } })]);
  return { abandoned: quizId };
}
