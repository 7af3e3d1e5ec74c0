import { skipReason, type SkipReason } from "../import/skip-reason";

/**
 * Anki's card templates, rendered the way Anki does for the parts we support: `{{Field}}`,
 * `{{FrontSide}}`, conditionals `{{#Field}}…{{/Field}}` and `{{^Field}}…{{/Field}}`, the
 * `text:`, `cloze:` and `type:` (the answer shown, no input box). Any other filter (`hint:`, `type:`, `tts`, `furigana:`,
 * add-on filters) renders nothing and is reported, so the import report can say what was left out.
 */
export type TemplateContext = {
  fields: Record<string, string>;
  /** The rendered question, for `{{FrontSide}}` on the answer side ("" to leave it out). */
  frontSide?: string;
  /** For cloze note types: which cloze number (1-based) this card shows, and which side. */
  cloze?: { ord: number; reveal: boolean };
  /** Rendering the answer side: `{{type:Field}}` shows the expected answer there. */
  answerSide?: boolean;
};

export type RenderedTemplate = { html: string; skipped: SkipReason[] };

const SECTION = /\{\{([#^])\s*([^}]+?)\s*\}\}([\s\S]*?)\{\{\/\s*\2\s*\}\}/;
const TAG = /\{\{\s*([^#^/][^}]*?)\s*\}\}/g;

const isEmpty = (html: string | undefined) => !html || !html.replace(/<[^>]*>|&nbsp;|\s/g, "");
const stripHtml = (html: string) => html.replace(/<[^>]*>/g, "");

export function renderAnkiTemplate(template: string, context: TemplateContext): RenderedTemplate {
  const skipped: SkipReason[] = [];
  let text = template;
  // Innermost sections first: a section's body cannot contain its own closing tag.
  for (let guard = 0; guard < 100; guard++) {
    const m = SECTION.exec(text);
    if (!m) break;
    const [whole, kind, name, body] = m;
    const show = kind === "#" ? !isEmpty(context.fields[name]) : isEmpty(context.fields[name]);
    text = text.replace(whole, show ? body : "");
  }
  const html = text.replace(TAG, (_m, inner: string) => {
    if (inner === "FrontSide") return context.frontSide ?? "";
    const parts = inner.split(":");
    const name = parts.pop()!.trim();
    const filters = parts.map((f) => f.trim());
    if (!(name in context.fields)) {
      // `{{tts en_US:Front}}` splits oddly; anything unknown is left out, with its reason.
      skipped.push(skipReason("noField", { tag: `{{${inner}}}`, field: name }));
      return "";
    }
    let value = context.fields[name];
    for (const filter of filters.reverse()) {
      if (filter === "text") value = stripHtml(value);
      else if (filter === "cloze") value = context.cloze ? renderClozeField(value, context.cloze.ord, context.cloze.reveal) : value;
      // Typing the answer: no input box here, but the answer side still shows the right answer.
      else if (filter === "type") {
        if (!context.answerSide) skipped.push(skipReason("typeAnswer", { tag: `{{${inner}}}` }));
        return context.answerSide ? value : "";
      }
      else {
        skipped.push(skipReason("filter", { tag: `{{${inner}}}`, filter }));
        return "";
      }
    }
    return value;
  });
  return { html, skipped };
}

export const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([^}]*?))?\}\}/g;

/** Anki's own cloze display for one card: its cloze hidden (or highlighted), the others as plain text. */
export function renderClozeField(text: string, ord: number, reveal: boolean): string {
  return text.replace(CLOZE, (_m, n: string, answer: string, hint?: string) => {
    if (Number(n) !== ord) return answer;
    return reveal ? `<strong>${answer}</strong>` : `[${hint ?? "…"}]`;
  });
}

/** The cloze numbers a field uses (Anki makes one card per number). */
export const clozeNumbers = (text: string) => [...new Set([...text.matchAll(CLOZE)].map((m) => Number(m[1])))].sort((a, b) => a - b);
