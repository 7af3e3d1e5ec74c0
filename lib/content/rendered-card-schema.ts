import { z } from "zod";
import { cachedJsonColumnReader } from "../db/json-column";
import { estimateTemplateSchema } from "../estimate/estimate-schema";
import type { RenderedCard } from "./render-card";

export const renderedCardSchema = z.object({
  prompt: z.string(),
  answer: z.string(),
  explanation: z.string(),
  options: z.array(z.object({ html: z.string(), correct: z.boolean(), why: z.string().nullable() })).optional(),
  multiAnswer: z.boolean().optional(),
  exercises: z.array(z.string()).optional(),
  // estimate cards store their template; the face (`estimate`) is drawn per review, never stored
  estimateTemplate: estimateTemplateSchema.optional(),
  terms: z.array(z.object({ en: z.string(), zh: z.string() })).optional(),
}) satisfies z.ZodType<RenderedCard>;

/** Card.rendered, checked once per distinct text and then shared: callers must not mutate it. */
export const readRenderedCard = cachedJsonColumnReader(renderedCardSchema, "Card.rendered");
