import { z } from "zod";

export const deckNameSchema = z.string().trim().min(1, "a deck needs a name").max(100);
const limit = z.number().int("a limit must be a whole number").min(0).max(9999);

export const createDeckSchema = z.strictObject({ name: deckNameSchema, newPerDay: limit.nullish(), reviewsPerDay: limit.nullish() });

/** PATCH: rename and/or change the deck's own limits (null removes one). */
export const updateDeckSchema = z
  .strictObject({ name: deckNameSchema.optional(), newPerDay: limit.nullable().optional(), reviewsPerDay: limit.nullable().optional() })
  .refine((d) => Object.keys(d).length > 0, { message: "send a name or a limit to change" });

/** Ids come from URLs and bodies: anything else than a short plain string is simply not found. */
export const entityIdSchema = z.string().min(1).max(100);

export type DeckJson = { id: string; name: string; cardCount: number; newPerDay: number | null; reviewsPerDay: number | null };
