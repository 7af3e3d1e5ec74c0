import { get_fuzz_range, State, type Card as FsrsCard, type Grade } from "ts-fsrs";
import { hashSeed } from "../scheduler/pick-balanced-interval";
import { schedulerFor, type SchedulerSnapshot } from "./scheduler";

const DAY_MS = 86_400_000;

/** The days a review's interval could have been drawn from, and ts-fsrs's fuzz seed for it. */
export type BalanceRange = { minIvl: number; maxIvl: number; seed: number };

/**
 * The fuzz range ts-fsrs drew this review's interval from: fuzz on in the snapshot, and a
 * review-state interval long enough to be fuzzed. The unfuzzed interval comes from the same
 * scheduler without fuzz; the seed is ts-fsrs's own fuzz seed (review time, reps,
 * difficulty × stability), hashed. It depends on the review alone (not on the user's balancing
 * switches), so replaying a history decides the same way whenever it runs.
 */
export function fuzzRangeOf(snapshot: SchedulerSnapshot, before: FsrsCard, next: FsrsCard, elapsedDays: number, rating: Grade, now: Date): BalanceRange | null {
  if (!snapshot.enable_fuzz || next.state !== State.Review) return null;
  const plain = schedulerFor({ ...snapshot, enable_fuzz: false }).next(before, now, rating).card;
  if (plain.state !== State.Review || plain.scheduled_days < 2.5) return null;
  const { min_ivl: minIvl, max_ivl: maxIvl } = get_fuzz_range(plain.scheduled_days, elapsedDays, snapshot.maximum_interval);
  // Defensive: only within the range ts-fsrs really drew from.
  if (next.scheduled_days < minIvl || next.scheduled_days > maxIvl || maxIvl <= minIvl) return null;
  return { minIvl, maxIvl, seed: hashSeed(`${now.getTime()}_${before.reps}_${before.difficulty * before.stability}`) };
}

/**
 * A chosen due date, if the balancer could have picked it: the review time plus a whole number
 * of days within the fuzz range (as balanceGrade dates it). Null otherwise.
 */
export function honoredDue(range: BalanceRange, reviewedAt: Date, chosenDue: Date | string): Date | null {
  const due = new Date(chosenDue);
  const days = (due.getTime() - reviewedAt.getTime()) / DAY_MS;
  return Number.isInteger(days) && days >= range.minIvl && days <= range.maxIvl ? due : null;
}

/**
 * Moves `next` (what ts-fsrs scheduled from `before`) to the day a device chose, when that day
 * lies in this review's fuzz range; else leaves it. The one rule for the live grade and every
 * replay, so that both decide the same way whenever they run. Returns whether it moved.
 */
export function applyChosenDue(
  next: FsrsCard,
  review: { scheduler: SchedulerSnapshot; before: FsrsCard; elapsedDays: number; rating: Grade; reviewedAt: Date; chosenDue: Date | string | null | undefined },
): boolean {
  if (!review.chosenDue) return false;
  const range = fuzzRangeOf(review.scheduler, review.before, next, review.elapsedDays, review.rating, review.reviewedAt);
  const due = range ? honoredDue(range, review.reviewedAt, review.chosenDue) : null;
  if (!due) return false;
  next.due = due;
  next.scheduled_days = Math.round((due.getTime() - review.reviewedAt.getTime()) / DAY_MS);
  return true;
}
