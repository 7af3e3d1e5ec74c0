import { z } from "zod";
import type { Rating as FsrsRating } from "ts-fsrs";
import { readJsonColumn } from "../db/json-column";
import { cardStateJson, fromFsrsCard, toFsrsCard, type CardStateJson, type CardStateRow } from "./card-state";
import { cardAfterSchema, schedulerSnapshotSchema, type StoredLog } from "./review-log-json";
import { schedulerFor } from "./scheduler";
import { CardState } from "./vocabulary";

export type UndoResult = { undone: { reviewId: string; cardId: string; rating: number }; card: CardStateJson & { cardId: string } };

/**
 * The card as it was before `log`, which must be its latest review: ts-fsrs `rollback`, plus
 * the due date, which the log alone cannot restore. Pure, shared by both storage paths.
 */
export function rollbackReview(current: CardStateRow, log: StoredLog & { prevDue: Date }): { restored: CardStateRow; wasNew: boolean; result: UndoResult } {
  const scheduler = schedulerFor(readJsonColumn(schedulerSnapshotSchema, log.scheduler, "ReviewLog.scheduler"));
  const previous = scheduler.rollback(toFsrsCard(current, log.review), {
    rating: log.rating as FsrsRating,
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
  return {
    restored,
    // Undoing a card's first review makes it new again, so it stops counting toward today's new cards.
    wasNew: log.state === CardState.New,
    result: { undone: { reviewId: log.id, cardId: log.cardId, rating: log.rating }, card: { cardId: log.cardId, ...cardStateJson(restored) } },
  };
}

export const undoResultSchema = z.object({
  undone: z.object({ reviewId: z.string(), cardId: z.string(), rating: z.number() }),
  card: cardAfterSchema,
}) satisfies z.ZodType<UndoResult>;
