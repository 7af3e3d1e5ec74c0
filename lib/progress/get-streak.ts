import type { Db } from "../db";
import { dayKey, previousDayKey } from "../time/day";

const PAGE = 2000;

/**
 * Consecutive days (in the user's zone) with at least one review, ending today, or ending
 * yesterday when today has none yet (the streak is alive until midnight). Reads review
 * timestamps newest first, a page at a time, and stops at the first gap.
 */
export async function getStreak(db: Db, userId: string, timezone: string, now: Date = new Date()): Promise<number> {
  const today = dayKey(now, timezone);
  const yesterday = previousDayKey(today);
  let streak = 0;
  let expected: string | null = null;
  let lastKey: string | null = null;
  let cursor: Date | undefined;
  for (;;) {
    const rows = await db.reviewLog.findMany({
      where: { userId, ...(cursor ? { review: { lt: cursor } } : {}) },
      orderBy: { review: "desc" },
      select: { review: true },
      take: PAGE,
    });
    for (const { review } of rows) {
      const key = dayKey(review, timezone);
      if (key === lastKey) continue;
      lastKey = key;
      if (expected === null) {
        if (key !== today && key !== yesterday) return 0;
      } else if (key !== expected) {
        return streak;
      }
      streak++;
      expected = previousDayKey(key);
    }
    if (rows.length < PAGE) return streak;
    cursor = rows[rows.length - 1].review;
  }
}
