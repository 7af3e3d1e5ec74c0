import type { Db } from "../db";
import { AppError } from "../errors";
import { submitReview } from "../review/submit-review";
import { deterministicUuid } from "./deterministic-uuid";
import { loadQuiz } from "./load-quiz";
import { missedCardOutcome } from "./missed-card-outcome";
import { finishIfOverdue } from "./quiz-clock";

/** A card busy in another tab is tried this many times before the whole call fails with CARD_BUSY (safe to retry). */
const BUSY_ATTEMPTS = 5;
const BUSY_BACKOFF_MS = 20;

/**
 * Grades every card missed in a finished quiz Again, so it comes back as a learning card.
 * Each grade's reviewId is derived from (quiz, card): a double click or a retry replays the
 * stored review instead of grading twice. Cards suspended or retired since are skipped; a card
 * being graded elsewhere is retried, never skipped.
 */
export async function sendMissedToReview(db: Db, userId: string, quizId: string, now: Date = new Date()): Promise<{ sent: number; skipped: number }> {
  const quiz = await loadQuiz(db, userId, quizId);
  if (!(await finishIfOverdue(db, quiz, now))) throw new AppError("QUIZ_NOT_FINISHED", "finish the quiz first");
  const cardIds = [...new Set(quiz.questions.flatMap((q) => (q.correct !== true && q.cardId ? [q.cardId] : [])))];
  let sent = 0;
  let skipped = 0;
  for (const cardId of cardIds) {
    const reviewId = deterministicUuid("quiz-missed", quiz.id, cardId);
    for (let attempt = 1; ; attempt++) {
      try {
        await submitReview(db, userId, { reviewId, cardId, rating: 1 }, now);
        sent++;
        break;
      } catch (error) {
        const outcome = missedCardOutcome(error instanceof AppError ? error.code : undefined);
        if (outcome === "skip") {
          skipped++;
          break;
        }
        if (outcome === "fail" || attempt >= BUSY_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, BUSY_BACKOFF_MS * attempt));
      }
    }
  }
  await db.quiz.updateMany({ where: { id: quiz.id, missedSentAt: null }, data: { missedSentAt: now } });
  return { sent, skipped };
}
