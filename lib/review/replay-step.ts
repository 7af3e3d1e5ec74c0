import { createEmptyCard, type Card, type Grade } from "ts-fsrs";
import { schedulerFor, type SchedulerSnapshot } from "./scheduler";

/**
 * One review replayed with the parameters it was graded with (a review without its own
 * weights was graded with the defaults): what `replayExport` checks an export with, and what
 * the batch sync rebuilds a card from when a grade arrives older than the card's latest.
 */
export function replayStep(before: Card | undefined, review: { scheduler: SchedulerSnapshot; review: Date; rating: number }) {
  const card = before ?? createEmptyCard<Card>(review.review);
  return schedulerFor(review.scheduler).next(card, review.review, review.rating as Grade);
}
