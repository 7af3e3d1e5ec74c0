import type { MathNode } from "mathjs";
import { drawParams } from "./draw-params";
import type { EstimateAnswerSpec, EstimateParam, EstimateTemplate } from "./estimate-schema";
import { expectedMathUnit, unitLabel } from "./expected-unit";
import { formatCount, formatPercent, formatPlain } from "./format-quantity";
import { isUnit, math, normalizeUnit } from "./math";

export type EstimateStepResult = { label: string; expr: string; value: string };

/** One review's question: drawn parameters, the worked solution and the answer in the asked unit. */
export type GeneratedEstimate = {
  seed: number;
  params: Record<string, number>;
  /** the prompt with the drawn values (markdown) */
  prompt: string;
  steps: EstimateStepResult[];
  /** the answer as a number in the asked unit */
  answer: number;
  /** the answer with its unit, for people: "219 TB per year" */
  answerText: string;
  spec: EstimateAnswerSpec;
};

function showParam(value: number, p: EstimateParam): string {
  if (p.format === "percent") return formatPercent(value);
  // Quantities read best in full (1,500 GB); bare counts the way people say them (200M).
  const number = p.format === "plain" || p.unit ? formatPlain(value) : formatCount(value);
  return p.unit ? `${number} ${p.unit}` : number;
}

function showValue(value: unknown, unit: string | undefined, where: string): string {
  if (isUnit(value)) {
    if (!unit) throw new Error(`${where} has a unit (${value.formatUnits()}): give the step a display unit`);
    const target = normalizeUnit(unit);
    if (!value.equalBase(math.unit(`1 ${target}`))) throw new Error(`${where} is in ${value.formatUnits()}, which does not convert to its display unit ${unit}`);
    return `${formatPlain(value.toNumber(target))} ${unit}`;
  }
  if (typeof value !== "number") throw new Error(`${where} is not a number`);
  if (unit) throw new Error(`${where} is a plain number but declares the unit ${unit}`);
  return formatCount(value);
}

/** Reads the final value in the answer's unit (a per-period question also takes the bare quantity). */
export function answerValue(value: unknown, spec: EstimateAnswerSpec): number {
  const expected = expectedMathUnit(spec);
  if (!expected) {
    if (typeof value !== "number") throw new Error(`the answer must be a plain count, got ${isUnit(value) ? value.formatUnits() : typeof value}`);
    return value;
  }
  if (!isUnit(value)) throw new Error(`the answer must be in ${spec.unit}, got a plain number`);
  const target = math.unit(`1 ${expected}`);
  if (value.equalBase(target)) return value.toNumber(expected);
  if (spec.per && value.equalBase(math.unit(`1 ${normalizeUnit(spec.unit!)}`))) return value.toNumber(normalizeUnit(spec.unit!));
  throw new Error(`the answer is in ${value.formatUnits()}, which does not convert to ${unitLabel(spec)}`);
}

/** `dau * photos` shown with the drawn values: `200M × 2`. */
function substituted(node: MathNode, shown: Map<string, string>): string {
  return node
    .toString({ handler: (n: MathNode) => (n.type === "SymbolNode" && shown.has((n as MathNode & { name: string }).name) ? shown.get((n as MathNode & { name: string }).name) : undefined) })
    .replace(/ \* /g, " × ");
}

/**
 * Draws the template's parameters from the seed and works the steps with mathjs. Throws
 * when the template is broken (content:check runs this on many seeds, so a review never does).
 */
export function generateEstimate(template: EstimateTemplate, seed: number): GeneratedEstimate {
  return workEstimate(template, drawParams(template.params, seed), seed);
}

/** The steps worked for given parameter values (content:check also tries the ranges' corners). */
export function workEstimate(template: EstimateTemplate, params: Record<string, number>, seed: number): GeneratedEstimate {
  const scope = new Map<string, unknown>();
  const shown = new Map<string, string>();
  for (const [name, value] of Object.entries(params)) {
    const p = template.params[name];
    scope.set(name, p.unit ? math.unit(value, normalizeUnit(p.unit)) : value);
    shown.set(name, showParam(value, p));
  }
  const prompt = template.prompt.replace(/\{([A-Za-z0-9]+)\}/g, (slot, name: string) => {
    if (!shown.has(name)) throw new Error(`prompt slot ${slot} is not a parameter`);
    return shown.get(name)!;
  });
  const steps: EstimateStepResult[] = [];
  let last: unknown;
  for (const step of template.steps) {
    const node = math.parse(step.expr);
    const value = node.evaluate(scope);
    const where = `step "${step.name}"`;
    const text = showValue(value, step.unit, where);
    steps.push({ label: step.label, expr: `${node.toString().replace(/ \* /g, " × ")} = ${substituted(node, shown)}`, value: text });
    scope.set(step.name, value);
    shown.set(step.name, text);
    last = value;
  }
  const answer = answerValue(last, template.answer);
  const unit = unitLabel(template.answer);
  return { seed, params, prompt, steps, answer, answerText: template.answer.unit ? `${formatPlain(answer)} ${unit}` : `${formatCount(answer)}${unit ? ` ${unit}` : ""}`, spec: template.answer };
}
