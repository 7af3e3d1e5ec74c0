import { createHash } from "node:crypto";
import { z } from "zod";

/** A translation stamp: the short hash of each language's text when the pair was last in sync. */
export const stampSchema = z.strictObject({ en: z.string().regex(/^[0-9a-f]{8,}$/), zh: z.string().regex(/^[0-9a-f]{8,}$/) });
export type Stamp = z.infer<typeof stampSchema>;

/**
 * One thing translated as a whole and stamped as a whole: a chapter (title, summary), a section
 * (title, summary and its note), a card (every text field) or an exercise (title, hints, prompt).
 */
export type TranslationUnit = {
  kind: "chapter" | "section" | "card" | "exercise";
  id: string;
  /** the file holding the stamp */
  file: string;
  /** where inside that file (`cards.3 (lru-evicts)`), for messages */
  where: string;
  /** the YAML/JSON path of the object that holds the stamp (`["cards", 3]`; `[]` for the file's root) */
  at: (string | number)[];
  en: [string, string][];
  zh: [string, string][];
  /** text fields without Chinese */
  missing: string[];
  stamp: Stamp | null;
};

/** 10 hex digits of SHA-256 over the field paths and texts: short enough to sit in YAML, and a change anywhere shows. */
export function textHash(texts: [string, string][]): string {
  return createHash("sha256").update(JSON.stringify(texts.map(([p, t]) => [p, t.trim()]))).digest("hex").slice(0, 10);
}

export const unitStamp = (unit: TranslationUnit): Stamp => ({ en: textHash(unit.en), zh: textHash(unit.zh) });

/** The stamp problems of one unit: unstamped, or one side edited since the stamp. */
export function staleTranslation(unit: TranslationUnit): string | null {
  if (unit.zh.length === 0) return null; // not translated yet: coverage, not staleness
  const restamp = `update it, then run npm run content:stamp -- ${unit.id}`;
  const fields = [...new Set(unit.en.map(([p]) => p.replace(/^cards\.\d+\./, "").replace(/\.\d+/g, "[]")))].join(", ");
  if (!unit.stamp) return `${unit.where}: the Chinese (${fields}) has no translation stamp: check it matches the English, then run npm run content:stamp -- ${unit.id}`;
  const now = unitStamp(unit);
  if (now.en !== unit.stamp.en) return `${unit.where}: stale translation: the English (${fields}) changed since the Chinese was written; ${restamp}`;
  if (now.zh !== unit.stamp.zh) return `${unit.where}: the Chinese (${fields}) changed since it was stamped: make the English say the same, then run npm run content:stamp -- ${unit.id}`;
  return null;
}
