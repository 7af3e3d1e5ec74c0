import type { Db } from "../db";
import { addDays } from "./day-keys";
import { computeStreaks, type Streaks } from "./streaks";

export const HEATMAP_DAYS = 365;

export type ActivityDay = { day: string; reviews: number; durationMs: number };

export type ReviewActivity = Streaks & {
  /** The user's today; the heatmap's last day. */
  today: string;
  /** Exactly HEATMAP_DAYS days, oldest first, including days without reviews. */
  days: ActivityDay[];
  totals: { reviews: number; durationMs: number; activeDays: number };
};

/**
 * Reviews and study time per local day for the last year, plus streaks over all history.
 * Both are GROUP BY ReviewLog.day (stamped with the user's zone at grading time), so the
 * work is in SQLite: the all-time query reads only the (userId, day) index.
 */
export async function getReviewActivity(db: Db, userId: string, today: string): Promise<ReviewActivity> {
  const first = addDays(today, -(HEATMAP_DAYS - 1));
  const [recent, allDays] = await Promise.all([
    db.reviewLog.groupBy({
      by: ["day"],
      where: { userId, day: { gte: first, lte: today } },
      _count: { _all: true },
      _sum: { durationMs: true },
    }),
    db.reviewLog.groupBy({ by: ["day"], where: { userId }, orderBy: { day: "asc" } }),
  ]);
  const byDay = new Map(recent.map((r) => [r.day, { reviews: r._count._all, durationMs: r._sum.durationMs ?? 0 }]));
  const days: ActivityDay[] = [];
  for (let i = 0; i < HEATMAP_DAYS; i++) {
    const day = addDays(first, i);
    days.push({ day, ...(byDay.get(day) ?? { reviews: 0, durationMs: 0 }) });
  }
  const totals = { reviews: 0, durationMs: 0, activeDays: 0 };
  for (const d of days) {
    totals.reviews += d.reviews;
    totals.durationMs += d.durationMs;
    if (d.reviews > 0) totals.activeDays++;
  }
  return { today, days, totals, ...computeStreaks(allDays.map((d) => d.day), today) };
}
