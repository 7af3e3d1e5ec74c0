import type { Db } from "../db";
import { dayKey } from "../time/day";
import { computeStreaks } from "./streaks";

/**
 * The current streak: consecutive calendar days with a review, ending today or yesterday.
 * Days are the user's local days stamped on each review at grading time, so this is one
 * indexed GROUP BY however long the history is.
 */
export async function getStreak(db: Db, userId: string, timezone: string, now: Date = new Date()): Promise<number> {
  const days = await db.reviewLog.groupBy({ by: ["day"], where: { userId }, orderBy: { day: "asc" } });
  return computeStreaks(days.map((d) => d.day), dayKey(now, timezone)).current;
}
