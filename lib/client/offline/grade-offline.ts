import { createEmptyCard, type Card } from "ts-fsrs";
import { localWeekday } from "../../review/balance-grade";
import { cardStateJson, fromFsrsCard, toFsrsCard, type CardStateJson } from "../../review/card-state";
import { formatInterval } from "../../review/format-interval";
import type { DueLoad, OfflinePack } from "../../review/get-offline-pack";
import type { IntervalPreview } from "../../review/get-queue";
import { balanceRangeFor } from "../../review/grade-card";
import { replayStep } from "../../review/replay-step";
import { schedulerFor, type SchedulerSnapshot } from "../../review/scheduler";
import { CARD_STATE_NAMES, RATINGS, type Rating } from "../../review/vocabulary";
import { pickBalancedInterval } from "../../scheduler/pick-balanced-interval";
import { startOfDay } from "../../time/day";

const DAY_MS = 86_400_000;

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
  return gradeOnDevice(state, { scheduler: snapshot, timezone: "UTC" }, rating, reviewedAt).state;
}

type DeviceSchedule = { scheduler: SchedulerSnapshot; timezone: string; balancing?: OfflinePack["balancing"] };

/**
 * A grade made in the browser, with load balancing and easy days as the server applies them to
 * a single review: within the fuzz range, the day with the fewest cards due (from the pack's due
 * counts, raised by this device's own grades), weighted by the weekday's load. The chosen day
 * travels with the grade (`chosenDue`); the server keeps it when it lies in that same range, and
 * replays it, so the state shown here is the state stored.
 */
export function gradeOnDevice(state: CardStateJson | null, schedule: DeviceSchedule, rating: Rating, reviewedAt: Date): { state: CardStateJson; chosenDue: string | null } {
  const before = state ? toFsrsCard(row(state), reviewedAt) : undefined;
  const review = { scheduler: schedule.scheduler, review: reviewedAt, rating };
  const step = replayStep(before, review);
  const chosen = schedule.balancing ? chooseDue(before, step, schedule as Required<DeviceSchedule>, rating, reviewedAt) : null;
  if (!chosen) return { state: cardStateJson(fromFsrsCard(step.card)), chosenDue: null };
  return { state: cardStateJson(fromFsrsCard(replayStep(before, { ...review, chosenDue: chosen }).card)), chosenDue: chosen.toISOString() };
}

function chooseDue(before: Card | undefined, step: ReturnType<typeof replayStep>, schedule: Required<DeviceSchedule>, rating: Rating, reviewedAt: Date): Date | null {
  const { loadBalance, easyDays, dueLoad } = schedule.balancing;
  // A new card is graded from an empty one, as on the server (an Easy may go straight to review).
  const card = before ?? createEmptyCard<Card>(reviewedAt);
  const range = balanceRangeFor({ loadBalance, easyDays }, schedule.scheduler, card, step.card, step.log.elapsed_days, rating, reviewedAt);
  if (!range) return null;
  const shift = dayShift(dueLoad, reviewedAt, schedule.timezone);
  const days = range.maxIvl - range.minIvl + 1;
  const dueCounts = Array.from({ length: days }, (_, i) => dueLoad.counts[shift + range.minIvl + i] ?? 0);
  const weights = Array.from({ length: days }, (_, i) => easyDays[localWeekday(reviewedAt, range.minIvl + i, schedule.timezone)]);
  const chosen = pickBalancedInterval({ ...range, dueCounts, weights, balanceLoad: loadBalance });
  return chosen === step.card.scheduled_days ? null : new Date(reviewedAt.getTime() + chosen * DAY_MS);
}

/** Whole days from the pack's day to the day of `at` (rounded: a DST change moves midnight by an hour). */
function dayShift(dueLoad: DueLoad, at: Date, timezone: string): number {
  return Math.round((startOfDay(at, timezone).getTime() - Date.parse(dueLoad.dayStart)) / DAY_MS);
}

/** The pack's due counts with one more card on the day of `due` (a grade made on this device). */
export function withDeviceGrade(dueLoad: DueLoad, due: Date): DueLoad {
  const day = Math.floor((due.getTime() - Date.parse(dueLoad.dayStart)) / DAY_MS);
  if (day < 0 || day >= dueLoad.counts.length) return dueLoad;
  const counts = [...dueLoad.counts];
  counts[day] += 1;
  return { ...dueLoad, counts };
}

/** The four interval previews the buttons show, as the server's queue computes them. */
export function previewOffline(state: CardStateJson | null, snapshot: SchedulerSnapshot, now: Date): IntervalPreview[] {
  const outcomes = schedulerFor(snapshot).repeat(toFsrsCard(state ? row(state) : null, now), now);
  return RATINGS.map((rating) => {
    const due = outcomes[rating].card.due;
    const intervalMs = due.getTime() - now.getTime();
    return { rating, due: due.toISOString(), intervalMs, label: formatInterval(intervalMs) };
  });
}
