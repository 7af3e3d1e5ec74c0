import type { Card as FsrsCard, Grade } from "ts-fsrs";
import type { UserSettings } from "../settings/get-settings";
import { dayKey } from "../time/day";
import { cardStateJson, fromFsrsCard, toFsrsCard, type CardStateRow } from "./card-state";
import { applyChosenDue, fuzzRangeOf, type BalanceRange } from "./fuzz-range";
import { reviewLogJson, type ReviewResult, type StoredLog } from "./review-log-json";
import { schedulerFor, snapshotFromSettings, type SchedulerSnapshot } from "./scheduler";
import type { Rating } from "./vocabulary";

/**
 * `chosenDue`: the day a device's load balancer picked (batch sync only). Recorded as asked, and
 * the due date when it lies in this review's fuzz range; otherwise ts-fsrs's own fuzzed day.
 */
export type GradeInput = { reviewId: string; cardId: string; rating: Rating; durationMs?: number; chosenDue?: string };

export type GradedCard = {
  /** The card's scheduling columns after the review. */
  after: CardStateRow;
  /** The log row to insert (with the card's due before the review and the user's day). */
  log: StoredLog & { prevDue: Date; day: string };
  result: ReviewResult;
  /** Set when load balancing or easy days may move the due date: the fuzz range to choose in. */
  balance: BalanceRange | null;
};

export type { BalanceRange };

/** Grades a card with ts-fsrs: pure, so both storage paths write exactly the same rows. */
export function gradeCard(userId: string, input: GradeInput, before: CardStateRow | null, settings: UserSettings, now: Date): GradedCard {
  const snapshot = snapshotFromSettings(settings);
  const fsrsBefore = toFsrsCard(before, now);
  const { card: next, log } = schedulerFor(snapshot).next(fsrsBefore, now, input.rating as Grade);
  const after = fromFsrsCard(next);
  const balance = balanceRangeFor(settings, snapshot, fsrsBefore, next, log.elapsed_days, input.rating as Grade, now);
  // A device's choice is kept on the log row as asked; it moves the due date when it lies in
  // this review's fuzz range (replayStep decides the same way on every replay).
  const chosenDue = input.chosenDue ? new Date(input.chosenDue) : null;
  const moved = applyChosenDue(next, { scheduler: snapshot, before: fsrsBefore, elapsedDays: log.elapsed_days, rating: input.rating as Grade, reviewedAt: now, chosenDue });
  if (moved) Object.assign(after, fromFsrsCard(next));
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
    chosenDue,
  };
  // A device's choice is final: the server does not balance that grade again.
  return { after, log: { ...row, prevDue: fsrsBefore.due, day: dayKey(now, settings.timezone) }, result: { card, log: reviewLogJson(row) }, balance: chosenDue ? null : balance };
}

/** The fuzz range to balance in, when the user balances load or has easy days. */
export function balanceRangeFor(settings: Pick<UserSettings, "easyDays" | "loadBalance">, snapshot: SchedulerSnapshot, before: FsrsCard, next: FsrsCard, elapsedDays: number, rating: Grade, now: Date): BalanceRange | null {
  const easy = settings.easyDays.some((w) => w !== 1);
  return settings.loadBalance || easy ? fuzzRangeOf(snapshot, before, next, elapsedDays, rating, now) : null;
}

