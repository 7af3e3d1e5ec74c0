import type { Db } from "../db";
import { getQueue } from "../review/get-queue";
import { getSettings } from "../settings/get-settings";
import { getChapterProgress } from "./get-chapter-progress";
import { getStreak } from "./get-streak";

/** Everything the home page shows: what is due, the streak, and chapter progress. */
export async function getHome(db: Db, userId: string, now: Date = new Date()) {
  const settings = await getSettings(db, userId);
  const [queue, streak, chapters] = await Promise.all([
    getQueue(db, userId, { limit: 0, now, settings }),
    getStreak(db, userId, settings.timezone, now),
    getChapterProgress(db, userId),
  ]);
  return { counts: queue.counts, limits: queue.limits, streak, chapters, nextDueAt: queue.nextDueAt };
}
