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
  /** The interview's local calendar day ("YYYY-MM-DD"), or null when none is planned. */
  interviewDate: string | null;
  /** Chapter ids the interview covers; empty: everything. */
  interviewScope: string[];
  /** At most this many cards pulled forward a day for the interview. */
  interviewDailyCap: number;
  /** "day|key" of the last interview plan run (internal; see lib/scheduler/apply-interview-plan.ts). */
  interviewPlanStamp: string | null;
  /** Cards the plan pulled forward on the stamp's day (internal). */
  interviewPulled: number;
  /** Within the fuzz range, pick the day with the fewest cards due (Anki 24.11's load balancer). */
  loadBalance: boolean;
  /** Load factor per weekday, Sunday first: 1 normal, 0.5 a light day. */
  easyDays: number[];
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
  interviewDate: true,
  interviewScope: true,
  interviewDailyCap: true,
  interviewPlanStamp: true,
  interviewPulled: true,
  loadBalance: true,
  easyDays: true,
  locale: true,
  showBilingualTerms: true,
} as const;

/** The Settings columns as SQL (the SQLite hot path selects exactly what getSettings does). */
export const SETTINGS_SQL_COLUMNS = Object.keys(settingsSelect).map((column) => `"${column}"`);

/** A Settings row as stored (weights as JSON text). */
export type SettingsRow = Omit<UserSettings, "fsrsWeights" | "interviewScope" | "easyDays" | "locale"> & { fsrsWeights: string | null; interviewScope: string; easyDays: string; locale: string };

/** A JSON column read leniently: a value that does not parse reads as undefined (then sanitized to its default). */
function parseLoose(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The Boolean columns: raw SQLite (the hot path) returns them as 0/1. */
const BOOLEAN_COLUMNS = ["enableFuzz", "loadBalance", "showBilingualTerms"] as const;

/** toUserSettings for a row read with raw better-sqlite3, whose Booleans are 0/1. */
export function toUserSettingsFromSqlite(row: Record<string, unknown>): UserSettings {
  const booleans = Object.fromEntries(BOOLEAN_COLUMNS.map((column) => [column, row[column] === 1 || row[column] === true]));
  return toUserSettings({ ...(row as unknown as SettingsRow), ...booleans });
}

/**
 * A stored row as the scheduler may use it: weights parsed, and every value sanitized, so a
 * value out of bounds (written before the bounds existed, or by hand) never reaches ts-fsrs.
 */
export function toUserSettings(row: SettingsRow): UserSettings {
  const clean = sanitizeSettings({
    ...row,
    fsrsWeights: parseStoredWeights(row.fsrsWeights),
    interviewScope: parseLoose(row.interviewScope) as string[],
    easyDays: parseLoose(row.easyDays) as number[],
    locale: row.locale === "zh" ? "zh" : "en",
  });
  return isValidTimeZone(clean.timezone) ? clean : { ...clean, timezone: "UTC" };
}

/** The user's settings; users created before settings existed get the defaults on first read. */
export async function getSettings(db: Db, userId: string): Promise<UserSettings> {
  const found = await db.settings.findUnique({ where: { userId }, select: settingsSelect });
  return toUserSettings(found ?? (await db.settings.upsert({ where: { userId }, update: {}, create: { userId }, select: settingsSelect })));
}

/** The settings a client sees and edits: without the interview plan's internal bookkeeping. */
export type PublicSettings = Omit<UserSettings, "interviewPlanStamp" | "interviewPulled">;

export function publicSettings({ interviewPlanStamp: _stamp, interviewPulled: _pulled, ...settings }: UserSettings): PublicSettings {
  return settings;
}
