import { z } from "zod";

/**
 * An estimation template (a card of type `estimate`): parameters drawn per review, ordered
 * steps computed with mathjs, and the unit the learner answers in. Kept apart from the other
 * card schemas because its checks (expressions parse, units agree, every draw is sane) need
 * mathjs; see check-estimate-template.ts.
 */
export const identifierSchema = z.string().regex(/^[a-z][A-Za-z0-9]*$/, "must be a camelCase identifier (a-z first, then letters and digits)");

export const estimateParamSchema = z
  .strictObject({
    /** a range drawn uniformly on the grid min, min+step, …, max */
    min: z.number().positive().optional(),
    max: z.number().positive().optional(),
    step: z.number().positive().optional(),
    /** or a fixed list to draw from */
    values: z.array(z.number().positive()).min(1).optional(),
    /** the unit the value is in (mathjs, e.g. `KB`, `ms`, `Mbit/s`); none for a count or a ratio */
    unit: z.string().trim().min(1).optional(),
    /** how the prompt shows it: `count` 200M, `percent` 60%, `plain` 0.75 */
    format: z.enum(["count", "percent", "plain"]).default("count"),
  })
  .superRefine((p, ctx) => {
    const ranged = p.min !== undefined && p.max !== undefined && p.step !== undefined;
    if (ranged === Boolean(p.values)) {
      ctx.addIssue({ code: "custom", message: "give either min, max and step, or values" });
      return;
    }
    if (ranged && p.min! > p.max!) ctx.addIssue({ code: "custom", path: ["max"], message: "must be at least min" });
    if (ranged && (p.max! - p.min!) / p.step! > 100_000) ctx.addIssue({ code: "custom", path: ["step"], message: "too fine: at most 100,000 grid points" });
  });

export const estimateStepSchema = z.strictObject({
  name: identifierSchema,
  label: z.string().trim().min(1),
  /** a mathjs expression over the params and earlier steps, e.g. `dau * photos * size` */
  expr: z.string().trim().min(1),
  /** the unit the worked solution shows this step in (required when the step has a unit) */
  unit: z.string().trim().min(1).optional(),
});

export const TIME_PERIODS = ["s", "minute", "hour", "day", "month", "year"] as const;

export const estimateAnswerSchema = z.strictObject({
  /** the unit of the answer (`TB`, `Gbit/s`, `ms`); omitted for a count (nodes, QPS, keys) */
  unit: z.string().trim().min(1).optional(),
  /**
   * The question is a rate over this period ("storage per year"): a bare `40 TB` is read as
   * 40 TB per year, and a typed period (`40 TiB/yr`) is converted.
   */
  per: z.enum(TIME_PERIODS).optional(),
  /** words accepted after a count (`nodes`, `QPS`); a count answer may also be bare */
  nouns: z.array(z.string().trim().min(1)).default([]),
});

export const estimateFields = {
  type: z.literal("estimate"),
  /** markdown with `{param}` slots */
  prompt: z.string().trim().min(1),
  params: z.record(identifierSchema, estimateParamSchema).refine((p) => Object.keys(p).length > 0, "needs at least one parameter"),
  steps: z.array(estimateStepSchema).min(1),
  answer: estimateAnswerSchema,
  /** what the worked solution takes as given (markdown), citing the latency-numbers deck where it applies */
  assumptions: z.array(z.string().trim().min(1)).min(1),
};

export type EstimateParam = z.infer<typeof estimateParamSchema>;
export type EstimateStep = z.infer<typeof estimateStepSchema>;
export type EstimateAnswerSpec = z.infer<typeof estimateAnswerSchema>;
/** The parts of an estimate card the generator needs (what is stored with the rendered card). */
export const estimateTemplateSchema = z.object({
  id: z.string(),
  prompt: estimateFields.prompt,
  params: estimateFields.params,
  steps: estimateFields.steps,
  answer: estimateFields.answer,
  assumptions: estimateFields.assumptions,
});
export type EstimateTemplate = z.infer<typeof estimateTemplateSchema>;
