import { cardStateJson, fromFsrsCard, toFsrsCard, type CardStateJson } from "../../review/card-state";
import { formatInterval } from "../../review/format-interval";
import type { IntervalPreview } from "../../review/get-queue";
import { replayStep } from "../../review/replay-step";
import { schedulerFor, type SchedulerSnapshot } from "../../review/scheduler";
import { CARD_STATE_NAMES, RATINGS, type Rating } from "../../review/vocabulary";

const row = (state: CardStateJson) => ({
  ...state,
  state: CARD_STATE_NAMES.indexOf(state.state),
  due: new Date(state.due),
  lastReview: state.lastReview ? new Date(state.lastReview) : null,
});

/**
 * A grade made in the browser: the very function the server replays a card's history with
 * (same ts-fsrs, same parameters snapshot, same fuzz seed from the card and the review time),
 * so the state shown offline is the state the server computes when the grade syncs.
 */
export function gradeOffline(state: CardStateJson | null, snapshot: SchedulerSnapshot, rating: Rating, reviewedAt: Date): CardStateJson {
  const before = state ? toFsrsCard(row(state), reviewedAt) : undefined;
  return cardStateJson(fromFsrsCard(replayStep(before, { scheduler: snapshot, review: reviewedAt, rating }).card));
}

/** The four interval previews the buttons show, as the server's queue computes them. */
export function previewOffline(state: CardStateJson | null, snapshot: SchedulerSnapshot, now: Date): IntervalPreview[] {
  const outcomes = schedulerFor(snapshot).repeat(toFsrsCard(state ? row(state) : null, now), now);
  return RATINGS.map((rating) => {
    const due = outcomes[rating].card.due;
    return { rating, due: due.toISOString(), label: formatInterval(due.getTime() - now.getTime()) };
  });
}
