import type { Grade } from "ts-fsrs";
import type { UserSettings } from "../settings/get-settings";
import { dayKey } from "../time/day";
import { cardStateJson, fromFsrsCard, toFsrsCard, type CardStateRow } from "./card-state";
import { reviewLogJson, type ReviewResult, type StoredLog } from "./review-log-json";
import { schedulerFor, snapshotFromSettings } from "./scheduler";
import type { Rating } from "./vocabulary";

export type GradeInput = { reviewId: string; cardId: string; rating: Rating; durationMs?: number };

export type GradedCard = {
  /** The card's scheduling columns after the review. */
  after: CardStateRow;
  /** The log row to insert (with the card's due before the review and the user's day). */
  log: StoredLog & { prevDue: Date; day: string };
  result: ReviewResult;
};

/** Grades a card with ts-fsrs: pure, so both storage paths write exactly the same rows. */
export function gradeCard(userId: string, input: GradeInput, before: CardStateRow | null, settings: UserSettings, now: Date): GradedCard {
  const snapshot = snapshotFromSettings(settings);
  const fsrsBefore = toFsrsCard(before, now);
  const { card: next, log } = schedulerFor(snapshot).next(fsrsBefore, now, input.rating as Grade);
  const after = fromFsrsCard(next);
  const card = { cardId: input.cardId, ...cardStateJson(after) };
  const row: StoredLog = {
    id: input.reviewId,
    userId,
    cardId: input.cardId,
    rating: input.rating,
    state: log.state,
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    review: log.review,
    durationMs: input.durationMs ?? null,
    scheduler: JSON.stringify(snapshot),
    cardAfter: JSON.stringify(card),
  };
  return { after, log: { ...row, prevDue: fsrsBefore.due, day: dayKey(now, settings.timezone) }, result: { card, log: reviewLogJson(row) } };
}
