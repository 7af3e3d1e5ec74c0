import type { EstimateAnswerSpec } from "./estimate-schema";
import { conversionFactor, unitLabel } from "./expected-unit";
import type { EstimateProblem } from "./estimate-wording";
import { readUnit } from "./math";

/**
 * What the learner typed, read against what the question asks for:
 * - `value`: a number in the question's unit (a bare number is taken to be in it);
 * - `wrong-unit`: a readable quantity of another dimension (GB for a bandwidth): graded Again;
 * - `unreadable`: not a number we can read; never graded, the reason says why.
 */
export type ParsedEstimate =
  | { kind: "value"; value: number }
  | { kind: "wrong-unit"; reason: string; problem: EstimateProblem }
  | { kind: "unreadable"; reason: string; problem: EstimateProblem };

const NUMBER = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(.*)$/i;
const COUNT_SUFFIX = /^(k|K|thousand|M|mn|million|B|bn|billion|T|tn|trillion)(?![A-Za-z])\s*(.*)$/;
const MULTIPLIER: Record<string, number> = {
  k: 1e3, K: 1e3, thousand: 1e3,
  M: 1e6, mn: 1e6, million: 1e6,
  B: 1e9, bn: 1e9, billion: 1e9,
  T: 1e12, tn: 1e12, trillion: 1e12,
};

function tidy(input: string): string {
  return input
    .trim()
    .replace(/^[~≈]\s*/, "")
    .replace(/^\$\s*/, "") // $4,500
    .replace(/(\d),(?=\d{3}(?:\D|$))/g, "$1") // 1,200,000
    .replace(/\s*[x×*]\s*10\s*\^\s*([+-]?\d+)/i, "e$1") // 1.2 × 10^6
    .replace(/[.\s]+$/, "");
}

const BYTE = readUnit("B")!;
/** Whether the answer measures data (bytes or bits, maybe per time), where a bare "B" means bytes. */
const isDataUnit = (spec: EstimateAnswerSpec) => Boolean(spec.unit && readUnit(spec.unit.split("/")[0])?.equalBase(BYTE));

function matchesNoun(rest: string, nouns: string[]): boolean {
  const word = rest.toLowerCase();
  return nouns.some((n) => {
    const noun = n.toLowerCase();
    return word === noun || word === `${noun}s` || `${word}s` === noun;
  });
}

export function parseEstimate(input: string, spec: EstimateAnswerSpec): ParsedEstimate {
  const text = tidy(input);
  if (!text) return { kind: "unreadable", reason: "Type a number first.", problem: { code: "empty" } };
  const number = NUMBER.exec(text);
  if (!number) return { kind: "unreadable", reason: `"${input.trim()}" does not start with a number (try 3.2k, 5 GB or 1.2e6).`, problem: { code: "notANumber", input: input.trim() } };
  let value = Number(number[1]);
  let rest = number[2].trim();
  const suffix = COUNT_SUFFIX.exec(rest);
  // "5 B" is five bytes when the answer is a data size, five billion otherwise.
  if (suffix && !(suffix[1] === "B" && isDataUnit(spec) && (suffix[2] === "" || suffix[2].startsWith("/")))) {
    value *= MULTIPLIER[suffix[1]];
    rest = suffix[2].trim();
  }
  if (!Number.isFinite(value) || value <= 0) return { kind: "unreadable", reason: "An estimate is a positive number.", problem: { code: "notPositive" } };
  if (rest === "") return { kind: "value", value };

  const noun = spec.nouns[0] ?? null;
  if (!spec.unit) {
    if (matchesNoun(rest, spec.nouns)) return { kind: "value", value };
    if (readUnit(rest)) return { kind: "wrong-unit", reason: `This asks for a count${spec.nouns.length ? ` (${spec.nouns[0]})` : ""}, not a quantity in ${rest}.`, problem: { code: "countNotQuantity", noun, unit: rest } };
    return { kind: "unreadable", reason: `"${rest}" is not a unit; answer with a plain number${spec.nouns.length ? ` of ${spec.nouns[0]}` : ""}.`, problem: { code: "notAUnitForCount", noun, unit: rest } };
  }
  const typed = readUnit(rest);
  if (!typed) return { kind: "unreadable", reason: `"${rest}" is not a unit I can read (try KB, MiB, GB, Gbit/s, ms, TB/yr).`, problem: { code: "notAUnit", unit: rest } };
  const factor = conversionFactor(typed, spec);
  if (factor === null) return { kind: "wrong-unit", reason: `${rest} cannot be converted to ${unitLabel(spec)}: it measures something else.`, problem: { code: "unitMismatch", unit: rest, expected: unitLabel(spec) } };
  return { kind: "value", value: value * factor };
}
