import type { Db } from "../db";
import { getSettings } from "../settings/get-settings";
import { startOfDay } from "../time/day";
import { getQueue, type QueueCard } from "./get-queue";
import { readDueLoad } from "./read-due-load";
import { snapshotFromSettings, type SchedulerSnapshot } from "./scheduler";

/** How far ahead the pack reaches, and how many cards it carries at most. */
export const OFFLINE_HORIZON_DAYS = 3;
export const OFFLINE_PACK_LIMIT = 300;
/** Days of due counts the pack carries for the device's load balancer (later days count as empty). */
export const DUE_LOAD_DAYS = 400;

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
  /**
   * What the device's load balancer needs (see lib/client/offline/grade-offline.ts): the
   * user's switches, and how many review cards fall due on each day from `dayStart` (the
   * user's midnight today), which the device raises as it grades.
   */
  balancing: { loadBalance: boolean; easyDays: number[]; dueLoad: DueLoad };
};

export type DueLoad = { dayStart: string; counts: number[] };

export async function getOfflinePack(db: Db, userId: string, now: Date = new Date()): Promise<OfflinePack> {
  const settings = await getSettings(db, userId);
  const horizon = new Date(now.getTime() + OFFLINE_HORIZON_DAYS * 86_400_000);
  // The queue as it will stand at the horizon: its daily limits start afresh on that day, so it
  // holds a full day's new cards and every review due by then.
  const dayStart = startOfDay(now, settings.timezone);
  const [queue, counts] = await Promise.all([
    getQueue(db, userId, { limit: OFFLINE_PACK_LIMIT, now: horizon, settings }),
    readDueLoad(db, userId, dayStart, 0, DUE_LOAD_DAYS - 1),
  ]);
  return {
    userId,
    generatedAt: now.toISOString(),
    horizon: horizon.toISOString(),
    scheduler: snapshotFromSettings(settings),
    timezone: settings.timezone,
    newPerDay: settings.newPerDay,
    reviewsPerDay: settings.reviewsPerDay,
    cards: queue.cards.map(({ previews: _previews, ...card }) => card),
    balancing: { loadBalance: settings.loadBalance, easyDays: settings.easyDays, dueLoad: { dayStart: dayStart.toISOString(), counts } },
  };
}
