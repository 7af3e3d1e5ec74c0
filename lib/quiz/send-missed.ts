import type { Db } from "../db";
import { AppError } from "../errors";
import { submitReview } from "../review/submit-review";
import { deterministicUuid } from "./deterministic-uuid";
import { loadQuiz } from "./load-quiz";
import { finishIfOverdue } from "./quiz-clock";

/**
 * Grades every card missed in a finished quiz Again, so it comes back as a learning card.
 * Each grade's reviewId is derived from (quiz, card): a double click or a retry replays the
 * stored review instead of grading twice. Cards suspended or retired since are skipped.
 */
export async function sendMissedToReview(db: Db, userId: string, quizId: string, now: Date = new Date()): Promise<{ sent: number; skipped: number }> {
  const quiz = await loadQuiz(db, userId, quizId);
  if (!(await finishIfOverdue(db, quiz, now))) throw new AppError("CONFLICT", "finish the quiz first");
  const cardIds = [...new Set(quiz.questions.flatMap((q) => (q.correct !== true && q.cardId ? [q.cardId] : [])))];
  let sent = 0;
  let skipped = 0;
  for (const cardId of cardIds) {
    try {
      await submitReview(db, userId, { reviewId: deterministicUuid("quiz-missed", quiz.id, cardId), cardId, rating: 1 }, now);
      sent++;
    } catch (error) {
      if (error instanceof AppError && (error.isConflict || error.code === "NOT_FOUND")) skipped++;
      else throw error;
    }
  }
  await db.quiz.updateMany({ where: { id: quiz.id, missedSentAt: null }, data: { missedSentAt: now } });
  return { sent, skipped };
}
