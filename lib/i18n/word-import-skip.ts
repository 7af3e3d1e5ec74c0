import type { ImportReport } from "../import/import-report";

/** A translator for the `importSkips` catalog namespace (next-intl's `t`, or createTranslator's). */
export type ImportSkipTranslate = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

/**
 * One skip of an import report in the UI's language. A report stored before skips had codes
 * (or a code this catalog lacks) keeps the server's English, and says so (`english`), so the
 * page can mark it `lang="en"`.
 */
export function wordImportSkip(skip: ImportReport["skipped"][number], t: ImportSkipTranslate): { text: string; english: boolean } {
  if (!skip.code || skip.code === "partial" || !t.has(skip.code)) return { text: skip.reason, english: true };
  const text = t(skip.code, skip.params ?? {});
  return { text: skip.partial ? t("partial", { reason: text }) : text, english: false };
}

/** What a skip is about: Anki's note guid as it is, or a CSV/Markdown card's number in the UI's language. */
export function wordSkipSubject(skip: ImportReport["skipped"][number], t: ImportSkipTranslate): string {
  return skip.cardNumber === undefined ? skip.noteGuid : t("cardNumber", { n: skip.cardNumber });
}
