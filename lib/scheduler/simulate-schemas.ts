import { z } from "zod";

/** The retentions the simulator compares (the desired-retention setting allows 0.70–0.99). */
export const simulateInputSchema = z.strictObject({
  retentions: z.array(z.number().min(0.7, "retentions must be between 0.70 and 0.99").max(0.99, "retentions must be between 0.70 and 0.99")).min(1).max(20),
  days: z.number().int("days must be a whole number").min(1).max(365),
});

/** The chart's retentions: 0.70 to 0.97, as the issue asks. */
export const CHART_RETENTIONS = [0.7, 0.75, 0.8, 0.85, 0.88, 0.9, 0.92, 0.94, 0.95, 0.97];
export const CHART_DAYS = 90;
