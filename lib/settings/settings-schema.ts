import { z } from "zod";
import { isValidTimeZone } from "../time/day";
import { MAX_INTERVAL_DAYS, stepMinutes } from "./sanitize-settings";
import { leechSettingsSchema } from "./leech-settings";

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
  ...leechSettingsSchema,
});

export type SettingsUpdate = z.infer<typeof settingsUpdateSchema>;
