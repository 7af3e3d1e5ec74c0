import type { Db } from "../db";
import { parseStoredWeights } from "../scheduler/weights";
import { isValidTimeZone } from "../time/day";
import { sanitizeSettings } from "./sanitize-settings";
import type { Lang } from "../content/languages";

export type UserSettings = {
  desiredRetention: number;
  newPerDay: number;
  reviewsPerDay: number;
  enableFuzz: boolean;
  learningSteps: string;
  relearningSteps: string;
  maximumInterval: number;
  timezone: string;
  /** FSRS weights fitted to this user and adopted by them; null: ts-fsrs's defaults. */
  fsrsWeights: number[] | null;
  /** The content language served (cards, notes, exercises); English where a text has no Chinese yet. */
  locale: Lang;
  /** Review: show the card's glossary terms in both languages under the answer. */
  showBilingualTerms: boolean;
};

export const settingsSelect = {
  desiredRetention: true,
  newPerDay: true,
  reviewsPerDay: true,
  enableFuzz: true,
  learningSteps: true,
  relearningSteps: true,
  maximumInterval: true,
  timezone: true,
  fsrsWeights: true,
  locale: true,
  showBilingualTerms: true,
} as const;

/** A Settings row as stored (weights as JSON text). */
export type SettingsRow = Omit<UserSettings, "fsrsWeights" | "locale"> & { fsrsWeights: string | null; locale: string };

/**
 * A stored row as the scheduler may use it: weights parsed, and every value sanitized, so a
 * value out of bounds (written before the bounds existed, or by hand) never reaches ts-fsrs.
 */
export function toUserSettings(row: SettingsRow): UserSettings {
  const clean = sanitizeSettings({ ...row, fsrsWeights: parseStoredWeights(row.fsrsWeights), locale: row.locale === "zh" ? "zh" : "en" });
  return isValidTimeZone(clean.timezone) ? clean : { ...clean, timezone: "UTC" };
}

/** The user's settings; users created before settings existed get the defaults on first read. */
export async function getSettings(db: Db, userId: string): Promise<UserSettings> {
  const found = await db.settings.findUnique({ where: { userId }, select: settingsSelect });
  return toUserSettings(found ?? (await db.settings.upsert({ where: { userId }, update: {}, create: { userId }, select: settingsSelect })));
}
