import type { Db } from "../db";
import { dayKey, previousDayKey, startOfDay } from "../time/day";

/**
 * Consecutive days (in the user's zone) with at least one review, ending today, or ending
 * yesterday when today has none yet (the streak is alive until midnight). Walks back one
 * day at a time: the latest review before the start of the day just counted must fall on
 * the day before it. One indexed single-row query per streak day, however many reviews
 * each day holds.
 */
export async function getStreak(db: Db, userId: string, timezone: string, now: Date = new Date()): Promise<number> {
  const today = dayKey(now, timezone);
  const yesterday = previousDayKey(today);
  let streak = 0;
  let expected: string | null = null;
  let before: Date | undefined;
  for (;;) {
    const latest = await db.reviewLog.findFirst({
      where: { userId, ...(before ? { review: { lt: before } } : {}) },
      orderBy: { review: "desc" },
      select: { review: true },
    });
    if (!latest) return streak;
    const key = dayKey(latest.review, timezone);
    if (expected === null) {
      if (key !== today && key !== yesterday) return 0;
    } else if (key !== expected) {
      return streak;
    }
    streak++;
    expected = previousDayKey(key);
    before = startOfDay(latest.review, timezone);
  }
}
