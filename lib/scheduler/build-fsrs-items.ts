/** One review as the optimizer needs it: the grade and the user's calendar day it happened on. */
export type ReviewForFit = { cardId: string; rating: number; day: string; review: Date };

/** A card's reviews up to one long-term review: [rating, days since the previous review][]. */
export type FitItem = { reviews: [rating: number, deltaT: number][]; at: number };

const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;

/**
 * Turns a review log into fsrs-rs training items, as Anki does: for each card, one item per
 * review that came on a later calendar day than the one before it (a "long-term" review),
 * holding every earlier review of the card. Days are the user's own (the log's `day`), so a
 * review at 23:50 and one at 00:10 are a day apart, as the learner lived them. Items come out
 * in the time order of their last review, which fsrs-rs's time-series split relies on.
 */
export function buildFsrsItems(reviews: readonly ReviewForFit[]): FitItem[] {
  const byCard = new Map<string, ReviewForFit[]>();
  for (const review of reviews) {
    const list = byCard.get(review.cardId);
    if (list) list.push(review);
    else byCard.set(review.cardId, [review]);
  }
  const items: FitItem[] = [];
  for (const list of byCard.values()) {
    list.sort((a, b) => a.review.getTime() - b.review.getTime());
    const history: [number, number][] = [];
    let previousDay = 0;
    for (const [i, review] of list.entries()) {
      const today = dayNumber(review.day);
      const deltaT = i === 0 ? 0 : today - previousDay;
      previousDay = today;
      history.push([review.rating, deltaT]);
      if (i > 0 && deltaT > 0) items.push({ reviews: history.slice(), at: review.review.getTime() });
    }
  }
  return items.sort((a, b) => a.at - b.at);
}
