import { z } from "zod";
import { idSchema } from "../content/schema";

export const reviewInputSchema = z.strictObject({
  reviewId: z.uuid({ error: "reviewId must be a UUID (generate one per grade; retries reuse it)" }),
  cardId: idSchema,
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
    error: "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)",
  }),
  durationMs: z.number().int().min(0).max(24 * 3600_000).optional(),
});

export const undoInputSchema = z.strictObject({
  reviewId: z.uuid({ error: "reviewId must be the UUID of the review to undo" }),
});

export const cardActionSchema = z.strictObject({ cardId: idSchema });
