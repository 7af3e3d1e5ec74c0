import type { Lang } from "./languages";

/**
 * The keys whose string values are learner-facing text, hence `{ en, zh }` in the final format
 * (a list under `assumptions` or `hints` has one `{ en, zh }` per item). Everything else (ids,
 * types, params, expressions, units) is language-neutral and stays a plain value.
 */
export const TEXT_KEYS = new Set(["title", "summary", "explanation", "front", "back", "text", "question", "why", "prompt", "label", "assumptions", "hints"]);

/** The key holding a unit's translation stamps (`{ en: <hash>, zh: <hash> }`): never a text. */
export const STAMP_KEY = "i18n";

export type Localized = { en: string; zh?: string };

export type Projection = {
  /** The tree with every text in `lang` (falling back to English where `lang` is missing). */
  value: unknown;
  /** Paths (`cards.3.front`) of the text fields that have no `lang` text. */
  missing: string[];
  /** Paths of text fields written as a plain string (allowed only while content is English-only). */
  plain: string[];
  /** Every text field's path and its `lang` text (absent ones skipped), in document order. */
  texts: [string, string][];
  /** Text-like `{ en, zh }` objects under a key that is not a text field. */
  misplaced: string[];
};

export const isLocalized = (v: unknown): v is Localized =>
  typeof v === "object" && v !== null && !Array.isArray(v) && typeof (v as Localized).en === "string" && Object.keys(v).every((k) => k === "en" || k === "zh");

/**
 * Reads one language out of a content tree (a section.yaml, chapter.yaml or meta.json): each
 * text field becomes the plain string of `lang`, so the English-era schemas and checks apply
 * unchanged to either language. The stamp key is dropped.
 */
export function projectLocalized(raw: unknown, lang: Lang): Projection {
  const out: Projection = { value: undefined, missing: [], plain: [], texts: [], misplaced: [] };
  const walk = (node: unknown, at: string[], textKey: boolean): unknown => {
    const where = at.join(".");
    if (isLocalized(node)) {
      if (!textKey) out.misplaced.push(where);
      const text = node[lang];
      if (typeof text === "string" && text.trim()) out.texts.push([where, text]);
      else out.missing.push(where);
      return typeof text === "string" && text.trim() ? text : node.en;
    }
    if (typeof node === "string") {
      if (!textKey) return node;
      out.plain.push(where);
      if (lang === "en") out.texts.push([where, node]);
      else out.missing.push(where);
      return node;
    }
    if (Array.isArray(node)) return node.map((item, i) => walk(item, [...at, String(i)], textKey));
    if (typeof node === "object" && node !== null) {
      const result: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(node)) {
        if (key === STAMP_KEY) continue;
        result[key] = walk(value, [...at, key], TEXT_KEYS.has(key));
      }
      return result;
    }
    return node;
  };
  out.value = walk(raw, [], false);
  return out;
}
