import type { Db } from "../db";
import { getSettings } from "../settings/get-settings";
import { getQueue, type QueueCard } from "./get-queue";
import { snapshotFromSettings, type SchedulerSnapshot } from "./scheduler";

/** How far ahead the pack reaches, and how many cards it carries at most. */
export const OFFLINE_HORIZON_DAYS = 3;
export const OFFLINE_PACK_LIMIT = 300;

export type OfflineCard = Omit<QueueCard, "previews">;

/**
 * What a device needs to review offline: every card the queue would show from now until the
 * horizon (learning and reviews falling due by then, a day's new cards), each with its FSRS
 * state and full rendered content, and the scheduler snapshot the server grades with, so the
 * browser's ts-fsrs computes what the server's replay will.
 */
export type OfflinePack = {
  userId: string;
  generatedAt: string;
  horizon: string;
  scheduler: SchedulerSnapshot;
  timezone: string;
  newPerDay: number;
  reviewsPerDay: number;
  cards: OfflineCard[];
};

export async function getOfflinePack(db: Db, userId: string, now: Date = new Date()): Promise<OfflinePack> {
  const settings = await getSettings(db, userId);
  const horizon = new Date(now.getTime() + OFFLINE_HORIZON_DAYS * 86_400_000);
  // The queue as it will stand at the horizon: its daily limits start afresh on that day, so it
  // holds a full day's new cards and every review due by then.
  const queue = await getQueue(db, userId, { limit: OFFLINE_PACK_LIMIT, now: horizon, settings });
  return {
    userId,
    generatedAt: now.toISOString(),
    horizon: horizon.toISOString(),
    scheduler: snapshotFromSettings(settings),
    timezone: settings.timezone,
    newPerDay: settings.newPerDay,
    reviewsPerDay: settings.reviewsPerDay,
    cards: queue.cards.map(({ previews: _previews, ...card }) => card),
  };
}
