import type { Db } from "../db";
import { isValidTimeZone } from "../time/day";
import { sanitizeSettings } from "./sanitize-settings";

export type UserSettings = {
  desiredRetention: number;
  newPerDay: number;
  reviewsPerDay: number;
  enableFuzz: boolean;
  learningSteps: string;
  relearningSteps: string;
  maximumInterval: number;
  timezone: string;
};

const select = {
  desiredRetention: true,
  newPerDay: true,
  reviewsPerDay: true,
  enableFuzz: true,
  learningSteps: true,
  relearningSteps: true,
  maximumInterval: true,
  timezone: true,
} as const;

/**
 * The user's settings; users created before settings existed get the defaults on first read.
 * Sanitized on the way out: a stored value out of bounds never reaches the scheduler.
 */
export async function getSettings(db: Db, userId: string): Promise<UserSettings> {
  const found = await db.settings.findUnique({ where: { userId }, select });
  const row = found ?? (await db.settings.upsert({ where: { userId }, update: {}, create: { userId }, select }));
  const clean = sanitizeSettings(row);
  return isValidTimeZone(clean.timezone) ? clean : { ...clean, timezone: "UTC" };
}
