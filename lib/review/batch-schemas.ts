import { z } from "zod";
import { reviewInputSchema } from "./review-schemas";

/** The most grades one batch may carry: a day offline fits in one or two calls. */
export const MAX_BATCH_GRADES = 500;

/** One grade made offline: the usual review input plus when it was made. */
export const batchGradeSchema = reviewInputSchema.extend({
  reviewedAt: z.iso.datetime({ offset: true, error: "reviewedAt must be an ISO date-time (when the card was graded)" }),
  // The day the device's load balancer picked within the fuzz range; outside it, ts-fsrs's own day stands.
  chosenDue: z.iso.datetime({ offset: true, error: "chosenDue must be an ISO date-time (the due date the device chose)" }).optional(),
});

export const batchInputSchema = z.strictObject({
  grades: z.array(batchGradeSchema).min(1).max(MAX_BATCH_GRADES, { error: `at most ${MAX_BATCH_GRADES} grades per batch` }),
});

export type BatchGrade = z.infer<typeof batchGradeSchema>;

/** A grade of a batch, parsed, with its review time as a date. */
export type TimedGrade = Omit<BatchGrade, "reviewedAt"> & { reviewedAt: Date };
