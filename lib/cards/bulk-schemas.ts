import { z } from "zod";
import { tagSchema } from "./card-schemas";
import { parseDueDate } from "./parse-due-date";

const cardIds = z.array(z.string().min(1).max(100)).min(1).max(1000).transform((ids) => [...new Set(ids)]);

export const bulkActionSchema = z.discriminatedUnion("action", [
  z.strictObject({ action: z.enum(["suspend", "unsuspend", "bury", "reset", "delete"]), cardIds }),
  z.strictObject({
    action: z.literal("setDue"),
    cardIds,
    due: z.string().max(20).refine((d) => parseDueDate(d) !== null, { message: 'due must look like Anki\'s "set due date": 0, 3, 1-7 or 3! (! also sets the interval)' }),
  }),
  z.strictObject({ action: z.literal("move"), cardIds, deckId: z.string().min(1).max(100) }),
  z.strictObject({ action: z.enum(["addTag", "removeTag"]), cardIds, tag: tagSchema }),
]);

export type BulkAction = z.infer<typeof bulkActionSchema>;
