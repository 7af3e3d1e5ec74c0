import en from "../../messages/en.json";

type Templates = typeof en.importSkips;
/** Why a note, card or part of a card was left out of an import (the `importSkips` catalog keys). */
export type SkipCode = Exclude<keyof Templates, "partial" | "cardNumber">;
export type SkipParams = Record<string, string | number>;
/** A skip as the import report stores it: the code and parameters the UI words, and the English for API clients. */
export type SkipReason = { code: SkipCode; params: SkipParams; reason: string };

/** The English catalog's text with its `{name}` arguments filled in (no plurals in these). */
const fill = (template: string, params: SkipParams) => template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

export function skipReason(code: SkipCode, params: SkipParams = {}): SkipReason {
  return { code, params, reason: fill(en.importSkips[code], params) };
}

/** The English for a card imported without a part (the part's own reason inside). */
export const partialReason = (reason: string) => fill(en.importSkips.partial, { reason });
