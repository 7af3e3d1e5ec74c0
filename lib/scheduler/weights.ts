import { z } from "zod";
import { checkParameters, default_w } from "ts-fsrs";

/** FSRS-6 weights: 21 finite numbers (ts-fsrs clips each to its allowed range when it schedules). */
export const weightsSchema = z
  .array(z.number().refine(Number.isFinite, "weights must be finite numbers"))
  .length(default_w.length, `FSRS-6 has ${default_w.length} weights`)
  .refine((w) => {
    try {
      checkParameters(w);
      return true;
    } catch {
      return false;
    }
  }, "these are not valid FSRS weights");

/** The weights column: JSON of 21 numbers, or null for ts-fsrs's defaults. */
export function parseStoredWeights(stored: string | null): number[] | null {
  if (stored === null) return null;
  return weightsSchema.nullable().parse(JSON.parse(stored));
}

export const storeWeights = (w: readonly number[] | null): string | null => (w === null ? null : JSON.stringify(w));
