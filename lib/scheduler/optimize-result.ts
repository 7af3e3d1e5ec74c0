import { z } from "zod";

const metrics = z.object({ logLoss: z.number(), rmseBins: z.number() });

/** The optimizer job's result, as stored in Job.result and returned by the poll. */
export const optimizeResultSchema = z.object({
  /** Long-term reviews the fit and the evaluation used (see buildFsrsItems). */
  reviews: z.number().int(),
  current: metrics,
  fitted: metrics.extend({ parameters: z.array(z.number()) }),
  /** The fitted weights predict the held-out reviews with a lower log loss than the current ones. */
  better: z.boolean(),
});

export type OptimizeResult = z.infer<typeof optimizeResultSchema>;

/**
 * fsrs-rs keeps the default weights below 8 training items and fits only the four initial
 * stabilities below 64. Its time-series evaluation trains the first of its five models on the
 * oldest sixth of the history, so every model gets a full fit from 6 × 64 = 384 items on:
 * we ask for 400 long-term reviews (reviews on a later day than the card's previous one).
 */
export const MIN_REVIEWS_TO_OPTIMIZE = 400;

/** The optimizer is offered again this long after it last ran… */
export const REOPTIMIZE_AFTER_DAYS = 30;
/** …once the history has grown by this many long-term reviews since. */
export const REOPTIMIZE_NEW_REVIEWS = 200;
