import { z } from "zod";

/** What an import did; the job's result (read back through this schema when polled). */
export const importReportSchema = z.object({
  notes: z.number().int(),
  cards: z.object({ imported: z.number().int(), updated: z.number().int(), skipped: z.number().int() }),
  reviews: z.number().int(),
  media: z.number().int(),
  // `reason` is English (API clients read it); the UI words `code` and `params` (importSkips in
  // the catalogs), `partial` for a card imported without a part. Reports stored before codes lack them.
  skipped: z.array(
    z.object({
      noteGuid: z.string(),
      /** CSV and Markdown cards have no guid: `noteGuid` is "card 3", this is 3 (the UI words it) */
      cardNumber: z.number().int().optional(),
      reason: z.string(),
      code: z.string().optional(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      partial: z.boolean().optional(),
    }),
  ),
});

export type ImportReport = z.infer<typeof importReportSchema>;
