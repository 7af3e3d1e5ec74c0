import { z } from "zod";

/** What an import did; the job's result (read back through this schema when polled). */
export const importReportSchema = z.object({
  notes: z.number().int(),
  cards: z.object({ imported: z.number().int(), updated: z.number().int(), skipped: z.number().int() }),
  reviews: z.number().int(),
  media: z.number().int(),
  skipped: z.array(z.object({ noteGuid: z.string(), reason: z.string() })),
});

export type ImportReport = z.infer<typeof importReportSchema>;
