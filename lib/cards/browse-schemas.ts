import { z } from "zod";
import { tagSchema } from "./card-schemas";

export const BROWSE_STATES = ["new", "learning", "review", "relearning", "suspended", "buried"] as const;
export const BROWSE_SORTS = ["due", "interval", "difficulty", "lapses", "created"] as const;
const sort = z.templateLiteral([z.enum(["", "-"]), z.enum(BROWSE_SORTS)]);
const isoDate = z.iso.datetime({ offset: true }).or(z.iso.date()).transform((s) => new Date(s));

/** GET /api/browse's query (every value arrives as a string). */
export const browseQuerySchema = z.strictObject({
  q: z.string().max(200).optional(),
  /** a deck id or a chapter id */
  deck: z.string().min(1).max(100).optional(),
  type: z.enum(["basic", "cloze", "mcq", "estimate", "predict", "exercise"]).optional(),
  state: z.enum(BROWSE_STATES).optional(),
  tag: tagSchema.optional(),
  leech: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  dueBefore: isoDate.optional(),
  dueAfter: isoDate.optional(),
  lapses: z.coerce.number().int().min(0).max(10_000).optional(),
  /** `due` ascending, `-due` descending; the card id breaks ties */
  sort: sort.default("due"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export type BrowseQuery = z.infer<typeof browseQuerySchema>;
