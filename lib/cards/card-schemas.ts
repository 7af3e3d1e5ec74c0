import { z } from "zod";
import { cardSourceSchema } from "./card-source";

export const tagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(50)
  .regex(/^[\p{L}\p{N}_:.-]+$/u, "a tag is one word (letters, digits, _ : . -)");
export const tagsSchema = z.array(tagSchema).max(20).transform((tags) => [...new Set(tags)]);

export const createCardSchema = z.strictObject({ deckId: z.string().min(1).max(100), source: cardSourceSchema, tags: tagsSchema.default([]) });

export const updateCardSchema = z
  .strictObject({
    source: cardSourceSchema.optional(),
    tags: tagsSchema.optional(),
    deckId: z.string().min(1).max(100).optional(),
    /** Required to change the card's type: that resets its schedule to new. */
    confirmReset: z.boolean().optional(),
  })
  .refine((d) => d.source !== undefined || d.tags !== undefined || d.deckId !== undefined, { message: "send a source, tags or a deckId to change" });

export const copyCardSchema = z.strictObject({ deckId: z.string().min(1).max(100) });

/** A draft to preview: rendered exactly as a saved card would be, nothing stored. */
export const previewCardSchema = z.strictObject({ source: cardSourceSchema });
