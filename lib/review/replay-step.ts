import { createEmptyCard, type Card, type Grade } from "ts-fsrs";
import { applyChosenDue } from "./fuzz-range";
import { schedulerFor, type SchedulerSnapshot } from "./scheduler";

/**
 * One review replayed with the parameters it was graded with (a review without its own
 * weights was graded with the defaults): what `replayExport` checks an export with, and what
 * the batch sync rebuilds a card from when a grade arrives older than the card's latest.
 */
export function replayStep(before: Card | undefined, review: { scheduler: SchedulerSnapshot; review: Date; rating: number; chosenDue?: Date | string | null }) {
  const card = before ?? createEmptyCard<Card>(review.review);
  const step = schedulerFor(review.scheduler).next(card, review.review, review.rating as Grade);
  // Load balancing and easy days chose another day in the fuzz range; that choice depended on
  // other cards, so it is read from the log row (the interval follows the date). A choice
  // outside this review's fuzz range (made by a device that had not seen an earlier review of
  // the card) is not applied: every replay of the same history decides the same way.
  applyChosenDue(step.card, {
    scheduler: review.scheduler,
    before: card,
    elapsedDays: step.log.elapsed_days,
    rating: review.rating as Grade,
    reviewedAt: review.review,
    chosenDue: review.chosenDue,
  });
  return step;
}
