import type { UserSettings } from "./get-settings";

/** The schema's defaults (prisma/schema.prisma), used when a stored value is out of bounds. */
export const DEFAULT_SETTINGS: Omit<UserSettings, "timezone" | "fsrsWeights" | "interviewPlanStamp" | "interviewPulled" | "locale" | "showBilingualTerms"> = {
  desiredRetention: 0.9,
  newPerDay: 20,
  reviewsPerDay: 200,
  enableFuzz: true,
  learningSteps: "1m 10m",
  relearningSteps: "10m",
  maximumInterval: 36500,
  interviewDate: null,
  interviewScope: [],
  interviewDailyCap: 30,
  loadBalance: true,
  easyDays: [1, 1, 1, 1, 1, 1, 1],
};

export const MAX_INTERVIEW_CAP = 1000;
export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Seven load factors in [0, 1], not all zero (some day must take the cards). */
export const validEasyDays = (days: unknown): days is number[] =>
  Array.isArray(days) && days.length === 7 && days.every((d) => typeof d === "number" && d >= 0 && d <= 1) && days.some((d) => d > 0);

export const MAX_INTERVAL_DAYS = 36500;
const MINUTES = { m: 1, h: 60, d: 1440 } as const;

/** A step such as "10m" in minutes, or null when it is not a positive m/h/d step. */
export function stepMinutes(step: string): number | null {
  const match = /^(\d+(?:\.\d+)?)([mhd])$/.exec(step);
  if (!match) return null;
  const minutes = Number(match[1]) * MINUTES[match[2] as keyof typeof MINUTES];
  return Number.isFinite(minutes) && minutes > 0 ? minutes : null;
}

/** True when every step is a valid step no longer than the maximum interval (a step beyond it makes no sense and overflows dates). */
export function stepsWithin(steps: string, maximumIntervalDays: number): boolean {
  const list = steps.split(/\s+/).filter(Boolean);
  return list.length <= 10 && list.every((step) => {
    const minutes = stepMinutes(step);
    return minutes !== null && minutes <= maximumIntervalDays * 1440;
  });
}

const within = (value: number, min: number, max: number) => Number.isFinite(value) && value >= min && value <= max;

/**
 * Settings as the scheduler may use them. Writes are validated, but rows written before the
 * bounds existed (or edited by hand) must never break the queue: anything out of bounds falls
 * back to its default instead of reaching ts-fsrs as an Invalid Date.
 */
export function sanitizeSettings(stored: UserSettings): UserSettings {
  const maximumInterval = Number.isInteger(stored.maximumInterval) && within(stored.maximumInterval, 1, MAX_INTERVAL_DAYS) ? stored.maximumInterval : DEFAULT_SETTINGS.maximumInterval;
  return {
    desiredRetention: within(stored.desiredRetention, 0.7, 0.99) ? stored.desiredRetention : DEFAULT_SETTINGS.desiredRetention,
    newPerDay: Number.isInteger(stored.newPerDay) && within(stored.newPerDay, 0, 9999) ? stored.newPerDay : DEFAULT_SETTINGS.newPerDay,
    reviewsPerDay: Number.isInteger(stored.reviewsPerDay) && within(stored.reviewsPerDay, 0, 99999) ? stored.reviewsPerDay : DEFAULT_SETTINGS.reviewsPerDay,
    enableFuzz: typeof stored.enableFuzz === "boolean" ? stored.enableFuzz : DEFAULT_SETTINGS.enableFuzz,
    learningSteps: stepsWithin(stored.learningSteps, maximumInterval) ? stored.learningSteps : DEFAULT_SETTINGS.learningSteps,
    relearningSteps: stepsWithin(stored.relearningSteps, maximumInterval) ? stored.relearningSteps : DEFAULT_SETTINGS.relearningSteps,
    maximumInterval,
    timezone: stored.timezone,
    fsrsWeights: stored.fsrsWeights,
    interviewDate: typeof stored.interviewDate === "string" && LOCAL_DATE.test(stored.interviewDate) ? stored.interviewDate : null,
    interviewScope: Array.isArray(stored.interviewScope) && stored.interviewScope.every((id) => typeof id === "string") ? stored.interviewScope : [],
    interviewDailyCap:
      Number.isInteger(stored.interviewDailyCap) && within(stored.interviewDailyCap, 1, MAX_INTERVIEW_CAP) ? stored.interviewDailyCap : DEFAULT_SETTINGS.interviewDailyCap,
    interviewPlanStamp: stored.interviewPlanStamp ?? null,
    interviewPulled: Number.isInteger(stored.interviewPulled) ? stored.interviewPulled : 0,
    loadBalance: typeof stored.loadBalance === "boolean" ? stored.loadBalance : DEFAULT_SETTINGS.loadBalance,
    easyDays: validEasyDays(stored.easyDays) ? stored.easyDays : DEFAULT_SETTINGS.easyDays,
    locale: stored.locale === "zh" ? "zh" : "en",
    showBilingualTerms: stored.showBilingualTerms === true,
  };
}
