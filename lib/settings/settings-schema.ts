import { z } from "zod";
import { isValidTimeZone } from "../time/day";
import { langSchema } from "../content/languages";
import { leechSettingsSchema } from "./leech-settings";
import { LOCAL_DATE, MAX_INTERVAL_DAYS, MAX_INTERVIEW_CAP, stepMinutes, validEasyDays } from "./sanitize-settings";

/** "1m 10m 1h": ts-fsrs learning steps (m, h or d units), space- or comma-separated. */
export const stepsSchema = z
  .string()
  .trim()
  .max(100)
  .transform((s) => s.split(/[\s,]+/).filter(Boolean))
  .refine((steps) => steps.every((step) => stepMinutes(step) !== null), {
    message: 'steps must look like "1m 10m" (positive numbers with m, h or d)',
  })
  .refine((steps) => steps.length <= 10, { message: "at most 10 steps" })
  .refine((steps) => steps.every((step) => stepMinutes(step)! <= MAX_INTERVAL_DAYS * 1440), { message: `each step must be at most ${MAX_INTERVAL_DAYS}d` })
  .transform((steps) => steps.join(" "));

export const settingsUpdateSchema = z.strictObject({
  desiredRetention: z.number().min(0.7, "desired retention must be between 0.70 and 0.99").max(0.99, "desired retention must be between 0.70 and 0.99").optional(),
  newPerDay: z.number().int("new cards per day must be a whole number").min(0).max(9999).optional(),
  reviewsPerDay: z.number().int("reviews per day must be a whole number").min(0).max(99999).optional(),
  enableFuzz: z.boolean().optional(),
  learningSteps: stepsSchema.optional(),
  relearningSteps: stepsSchema.optional(),
  maximumInterval: z.number().int().min(1).max(MAX_INTERVAL_DAYS).optional(),
  timezone: z.string().refine(isValidTimeZone, "unknown time zone").optional(),
  // A local calendar day; that it is not in the past is checked against the user's today.
  interviewDate: z
    .string()
    .regex(LOCAL_DATE, "the interview date must look like 2026-12-31")
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), "not a calendar date")
    .nullable()
    .optional(),
  interviewScope: z.array(z.string().min(1).max(200)).max(500, "at most 500 chapters").optional(),
  interviewDailyCap: z.number().int("the daily cap must be a whole number").min(1).max(MAX_INTERVIEW_CAP).optional(),
  loadBalance: z.boolean().optional(),
  easyDays: z
    .array(z.number().min(0, "a load factor is between 0 and 1").max(1, "a load factor is between 0 and 1"))
    .length(7, "one load factor per weekday, Sunday first")
    .refine(validEasyDays, "at least one weekday must take cards")
    .optional(),
  /** the content language: cards, notes and exercises are served in it (English where untranslated) */
  locale: langSchema.optional(),
  showBilingualTerms: z.boolean().optional(),
  ...leechSettingsSchema,
});

export type SettingsUpdate = z.infer<typeof settingsUpdateSchema>;
