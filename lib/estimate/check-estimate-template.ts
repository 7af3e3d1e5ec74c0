import type { EstimateTemplate } from "./estimate-schema";
import { generateEstimate, workEstimate } from "./generate-estimate";
import { math, readUnit } from "./math";

/** Seeds content:check draws per template; with the two corners this covers every grid edge in practice. */
export const CHECK_SEEDS = 200;
/** A count answer is at least one thing; a quantity is asked in a unit that fits its size. */
export const SANE = { count: { min: 1, max: 1e13 }, quantity: { min: 1e-3, max: 1e7 } } as const;
/** A parameter whose range spans more than this factor is not one scenario any more. */
export const MAX_PARAM_SPREAD = 1000;

function corners(t: EstimateTemplate): Record<string, number>[] {
  const pick = (end: "min" | "max") =>
    Object.fromEntries(Object.entries(t.params).map(([name, p]) => [name, p.values ? (end === "min" ? Math.min(...p.values) : Math.max(...p.values)) : p[end]!]));
  return [pick("min"), pick("max")];
}

/**
 * Everything that can be wrong with a template, as messages: slots that are not parameters,
 * parameters the prompt never shows, expressions that do not parse, units that do not agree,
 * and answers that are not finite, positive and of a sane size for any draw.
 */
export function checkEstimateTemplate(t: EstimateTemplate): string[] {
  const problems: string[] = [];
  const slots = new Set([...t.prompt.matchAll(/\{([A-Za-z0-9]+)\}/g)].map((m) => m[1]));
  for (const slot of slots) if (!(slot in t.params)) problems.push(`prompt: {${slot}} is not a parameter`);
  for (const [name, p] of Object.entries(t.params)) {
    if (!slots.has(name)) problems.push(`params.${name}: never shown in the prompt (write {${name}})`);
    const low = p.values ? Math.min(...p.values) : p.min!;
    const high = p.values ? Math.max(...p.values) : p.max!;
    if (high / low > MAX_PARAM_SPREAD) problems.push(`params.${name}: spans ${low}–${high}, more than ${MAX_PARAM_SPREAD}×`);
    if (p.unit && !readUnit(p.unit)) problems.push(`params.${name}.unit: "${p.unit}" is not a unit mathjs knows`);
  }
  const names = new Set(Object.keys(t.params));
  t.steps.forEach((step, i) => {
    if (names.has(step.name)) problems.push(`steps.${i}.name: "${step.name}" is already a parameter or an earlier step`);
    names.add(step.name);
    try {
      math.parse(step.expr);
    } catch (error) {
      problems.push(`steps.${i}.expr: does not parse: ${(error as Error).message}`);
    }
  });
  if (problems.length) return problems;

  const bounds = t.answer.unit ? SANE.quantity : SANE.count;
  const runs = [...corners(t).map((params) => () => workEstimate(t, params, 0)), ...Array.from({ length: CHECK_SEEDS }, (_, seed) => () => generateEstimate(t, seed))];
  for (const run of runs) {
    try {
      const q = run();
      if (!Number.isFinite(q.answer) || q.answer < bounds.min || q.answer > bounds.max) {
        problems.push(`answer ${q.answer} is outside ${bounds.min}–${bounds.max} for ${JSON.stringify(q.params)}: narrow the ranges or change the unit`);
        break;
      }
    } catch (error) {
      problems.push(`steps: ${(error as Error).message}`);
      break;
    }
  }
  return problems;
}
