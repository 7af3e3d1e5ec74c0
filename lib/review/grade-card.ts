import { get_fuzz_range, State, type Grade } from "ts-fsrs";
import { hashSeed } from "../scheduler/pick-balanced-interval";
import type { UserSettings } from "../settings/get-settings";
import { dayKey } from "../time/day";
import type { Card as FsrsCard } from "ts-fsrs";
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
  /** Set when load balancing or easy days may move the due date: the fuzz range to choose in. */
  balance: BalanceRange | null;
};

export type BalanceRange = { minIvl: number; maxIvl: number; seed: number };

/** Grades a card with ts-fsrs: pure, so both storage paths write exactly the same rows. */
export function gradeCard(userId: string, input: GradeInput, before: CardStateRow | null, settings: UserSettings, now: Date): GradedCard {
  const snapshot = snapshotFromSettings(settings);
  const fsrsBefore = toFsrsCard(before, now);
  const { card: next, log } = schedulerFor(snapshot).next(fsrsBefore, now, input.rating as Grade);
  const after = fromFsrsCard(next);
  const balance = balanceRange(settings, snapshot, fsrsBefore, next, log.elapsed_days, input.rating as Grade, now);
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
    chosenDue: null,
  };
  return { after, log: { ...row, prevDue: fsrsBefore.due, day: dayKey(now, settings.timezone) }, result: { card, log: reviewLogJson(row) }, balance };
}

/**
 * The fuzz range ts-fsrs drew this review's interval from, when balancing applies: fuzz on,
 * balancing or easy days on, and a review-state interval long enough to be fuzzed. The
 * unfuzzed interval comes from the same scheduler without fuzz; the seed is ts-fsrs's own
 * fuzz seed (review time, reps, difficulty × stability), hashed.
 */
function balanceRange(settings: UserSettings, snapshot: ReturnType<typeof snapshotFromSettings>, before: FsrsCard, next: FsrsCard, elapsedDays: number, rating: Grade, now: Date): BalanceRange | null {
  const easy = settings.easyDays.some((w) => w !== 1);
  if (!snapshot.enable_fuzz || !(settings.loadBalance || easy) || next.state !== State.Review) return null;
  const plain = schedulerFor({ ...snapshot, enable_fuzz: false }).next(before, now, rating).card;
  if (plain.state !== State.Review || plain.scheduled_days < 2.5) return null;
  const { min_ivl: minIvl, max_ivl: maxIvl } = get_fuzz_range(plain.scheduled_days, elapsedDays, snapshot.maximum_interval);
  // Defensive: balance only within the range ts-fsrs really drew from.
  if (next.scheduled_days < minIvl || next.scheduled_days > maxIvl || maxIvl <= minIvl) return null;
  return { minIvl, maxIvl, seed: hashSeed(`${now.getTime()}_${before.reps}_${before.difficulty * before.stability}`) };
}
