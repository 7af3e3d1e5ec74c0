import type { Db } from "../db";
import { getQueue } from "../review/get-queue";
import { getSettings } from "../settings/get-settings";
import { getChapterProgress } from "./get-chapter-progress";
import { getDeckProgress } from "./get-deck-progress";
import { getStreak } from "./get-streak";

/** Everything the home page shows: what is due, the streak, chapter progress and the user's own decks. */
export async function getHome(db: Db, userId: string, now: Date = new Date()) {
  const settings = await getSettings(db, userId);
  const [queue, streak, chapters, own] = await Promise.all([
    getQueue(db, userId, { limit: 0, now, settings }),
    getStreak(db, userId, settings.timezone, now),
    getChapterProgress(db, userId),
    getDeckProgress(db, userId),
  ]);
  return { counts: queue.counts, limits: queue.limits, streak, chapters, decks: own.decks, nextDueAt: queue.nextDueAt };
}
