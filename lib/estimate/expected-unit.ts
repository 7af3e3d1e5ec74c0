import type { Unit } from "mathjs";
import type { EstimateAnswerSpec } from "./estimate-schema";
import { normalizeUnit, readUnit } from "./math";

/** How the answer is asked for, in words: "TB per year", "Gbit/s", "a count (nodes)". */
export function unitLabel(spec: EstimateAnswerSpec): string {
  if (!spec.unit) return spec.nouns[0] ?? "";
  return spec.per ? `${spec.unit} per ${spec.per === "s" ? "second" : spec.per}` : spec.unit;
}

export function answerHint(spec: EstimateAnswerSpec): string {
  if (!spec.unit) return spec.nouns.length ? `Answer with a number (${spec.nouns[0]}), e.g. 12, 3.2k, 1.5M.` : "Answer with a number, e.g. 12, 3.2k, 1.5M.";
  return `Answer in ${unitLabel(spec)} or any unit convertible to it, e.g. 40 ${spec.unit}, 1.2e3 ${spec.unit}.`;
}

/** The mathjs unit the answer is compared in (with its period for a per-period question). */
export function expectedMathUnit(spec: EstimateAnswerSpec): string | null {
  if (!spec.unit) return null;
  return normalizeUnit(spec.per ? `${spec.unit}/${spec.per}` : spec.unit);
}

/**
 * The factor that converts 1 `typed` into the expected unit, or null when the dimensions
 * differ. A per-period question also accepts the bare quantity (`40 TB` = 40 TB per year).
 */
export function conversionFactor(typed: Unit, spec: EstimateAnswerSpec): number | null {
  const expected = expectedMathUnit(spec);
  if (!expected) return null;
  const target = readUnit(expected)!;
  if (typed.equalBase(target)) return typed.toNumber(expected);
  if (spec.per) {
    const bare = normalizeUnit(spec.unit!);
    if (typed.equalBase(readUnit(bare)!)) return typed.toNumber(bare);
  }
  return null;
}
