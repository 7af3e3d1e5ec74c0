import { z } from "zod";
import { idSchema } from "../content/schema";

export const QUIZ_LENGTHS = [10, 20, 50] as const;
export const QUIZ_MODES = ["practice", "mock"] as const;
export type QuizMode = (typeof QUIZ_MODES)[number];

export const startQuizSchema = z.strictObject({
  chapterIds: z.array(idSchema).max(100).default([]),
  length: z.union([z.literal(10), z.literal(20), z.literal(50)], { error: "length must be 10, 20 or 50" }),
  mode: z.enum(QUIZ_MODES, { error: 'mode must be "practice" or "mock"' }),
});

/**
 * One answer. Which of choice / knewIt is required depends on the question's kind; the kind's
 * module checks that (a new kind adds its own optional field here).
 */
export const answerSchema = z.strictObject({
  position: z.number({ error: "position must be a number" }).int().min(1).max(1000),
  choice: z.array(z.number().int().min(0).max(20)).min(1, "choice needs at least one option").max(20).optional(),
  knewIt: z.boolean({ error: "knewIt must be true or false" }).optional(),
  estimate: z.string({ error: "estimate must be text, e.g. \"5 GB\"" }).trim().min(1, "type an estimate").max(100).optional(),
  timeMs: z.number().int().min(0).max(24 * 3600_000).optional(),
});
export type AnswerInput = z.infer<typeof answerSchema>;
