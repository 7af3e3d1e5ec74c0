import type { Db } from "../db";
import { startOfDay, startOfNextDay } from "../time/day";
import { addDays } from "./day-keys";
import { CardState } from "../review/vocabulary";

export const FORECAST_DAYS = 30;

export type ForecastDay = { day: string; due: number };
export type Forecast = { days: ForecastDay[]; overdue: number };

/**
 * Cards falling due on each of the user's next 30 local days; anything already overdue
 * counts today. Suspended, never-graded and retired cards are not scheduled. Reads only the
 * `due` of cards due before the horizon (at most one row per card) through the
 * (userId, suspended, due) index and buckets them against 30 precomputed midnights.
 */
export async function getForecast(db: Db, userId: string, timezone: string, today: string, now: Date = new Date()): Promise<Forecast> {
  const todayStart = startOfDay(now, timezone);
  // bounds[i] = start of day i+1: a card due before bounds[i] (and not earlier) falls on day i.
  const bounds: number[] = [];
  let edge = todayStart;
  for (let i = 0; i < FORECAST_DAYS; i++) {
    edge = startOfNextDay(edge, timezone);
    bounds.push(edge.getTime());
  }
  const rows = await db.userCard.findMany({
    where: { userId, suspended: false, state: { not: CardState.New }, due: { lt: edge }, card: { retiredAt: null } },
    select: { due: true },
  });
  const counts = new Array<number>(FORECAST_DAYS).fill(0);
  let overdue = 0;
  for (const { due } of rows) {
    const t = due.getTime();
    if (t < todayStart.getTime()) overdue++;
    counts[firstAbove(bounds, t)]++;
  }
  return { days: counts.map((due, i) => ({ day: addDays(today, i), due })), overdue };
}

/** Index of the first bound greater than t (binary search; bounds ascend, t < last bound). */
function firstAbove(bounds: number[], t: number): number {
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[mid] > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
