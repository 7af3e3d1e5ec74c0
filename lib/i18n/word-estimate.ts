import type { EstimateProblem, EstimateVerdictWording } from "../estimate/estimate-wording";

/** A translator for the `estimate` catalog namespace (next-intl's `t`, or createTranslator's). */
export type EstimateTranslate = (key: string, values?: Record<string, string | number>) => string;

/** Why an estimate could not be read, or why its unit is wrong, in the UI's language. */
export function wordEstimateProblem(problem: EstimateProblem, t: EstimateTranslate): string {
  switch (problem.code) {
    case "empty":
    case "notPositive":
      return t(problem.code);
    case "notANumber":
      return t("notANumber", { input: problem.input });
    case "countNotQuantity":
    case "notAUnitForCount":
      return problem.noun === null ? t(`${problem.code}Bare`, { unit: problem.unit }) : t(problem.code, { unit: problem.unit, noun: problem.noun });
    case "notAUnit":
      return t("notAUnit", { unit: problem.unit });
    case "unitMismatch":
      return t("unitMismatch", { unit: problem.unit, expected: problem.expected });
  }
}

/** How far off a graded estimate is ("Close: within 3× (2.5× too high)" / "接近：在 3 倍以内（偏高 2.5 倍）"). */
export function wordEstimateVerdict(wording: EstimateVerdictWording, t: EstimateTranslate, locale: string): string {
  if (wording.code === "exact") return t("exact");
  if (wording.code === "wrongUnit") return t("wrongUnit", { reason: wordEstimateProblem(wording.problem, t) });
  const size = wording.size === null ? t("moreThan1000") : wording.size.toLocaleString(locale === "zh" ? "zh-CN" : "en-US", { maximumSignificantDigits: 2 });
  const off = t(wording.high ? "tooHigh" : "tooLow", { size });
  return t(wording.code, { off });
}
