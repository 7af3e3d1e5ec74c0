import { State } from "ts-fsrs";
import type { Db } from "../db";
import { isRecordNotFound } from "../db-errors";
import { AppError } from "../errors";
import { cardStateJson, fromFsrsCard, toFsrsCard, type CardStateJson } from "./card-state";
import { schedulerFor, type SchedulerSnapshot } from "./scheduler";

export type UndoResult = { undone: { reviewId: string; cardId: string; rating: number }; card: CardStateJson & { cardId: string } };

/**
 * Undoes the user's latest review: the card goes back to its state before it (ts-fsrs
 * `rollback`, plus the due date, which the log alone cannot restore) and the log row goes.
 */
export async function undoLastReview(db: Db, userId: string): Promise<UndoResult> {
  const log = await db.reviewLog.findFirst({ where: { userId }, orderBy: [{ review: "desc" }, { createdAt: "desc" }] });
  if (!log) throw new AppError("NOT_FOUND", "there is no review to undo");
  const userCard = await db.userCard.findUnique({ where: { userId_cardId: { userId, cardId: log.cardId } } });
  if (!userCard) throw new AppError("NOT_FOUND", "the reviewed card no longer exists");

  const scheduler = schedulerFor(JSON.parse(log.scheduler) as SchedulerSnapshot);
  const current = toFsrsCard(userCard, log.review);
  const previous = scheduler.rollback(current, {
    rating: log.rating,
    state: log.state,
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsed_days: log.elapsedDays,
    last_elapsed_days: log.lastElapsedDays,
    scheduled_days: log.scheduledDays,
    learning_steps: log.learningSteps,
    review: log.review,
  });
  const restored = { ...fromFsrsCard(previous), due: log.prevDue };
  const wasNew = log.state === State.New;
  try {
    await db.$transaction([
      db.reviewLog.delete({ where: { id: log.id } }),
      db.userCard.update({
        where: { id: userCard.id, reps: userCard.reps },
        // Undoing a card's first review makes it new again, so it stops counting toward today's new cards.
        data: { ...restored, ...(wasNew ? { introducedAt: null } : {}) },
      }),
    ]);
  } catch (error) {
    if (isRecordNotFound(error)) throw new AppError("CONFLICT", "the card changed meanwhile; reload and try again");
    throw error;
  }
  return { undone: { reviewId: log.id, cardId: log.cardId, rating: log.rating }, card: { cardId: log.cardId, ...cardStateJson(restored) } };
}
