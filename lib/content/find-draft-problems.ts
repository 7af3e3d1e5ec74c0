/**
 * Checks a Chinese draft (section.zh.yaml, chapter.zh.yaml, meta.zh.json; format in
 * content/README.md "Translating") against its English: same cards, every text field the English
 * has and no other, same option, blank, slot, step and assumption counts. Drafts that fail are
 * never merged.
 */
type Obj = Record<string, unknown>;

const TOP_FIELDS = ["front", "back", "question", "text", "explanation", "prompt"] as const;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const filled = (v: unknown) => typeof v === "string" && v.trim().length > 0;
/** The English text of a field that may already be `{ en, zh }` (a re-run of the merge). */
export const enText = (v: unknown): string => (isObj(v) && typeof v.en === "string" ? v.en : String(v ?? ""));
const blanks = (s: string) => (s.match(/\{\{/g) ?? []).length;
const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(",");

function cardProblems(where: string, en: Obj, zh: unknown): string[] {
  if (!isObj(zh)) return [`${where}: card missing from the draft`];
  const out: string[] = [];
  const allowed = new Set<string>();
  for (const field of TOP_FIELDS) {
    if (en[field] === undefined) continue;
    allowed.add(field);
    if (!filled(zh[field])) out.push(`${where}: missing ${field}`);
  }
  if (en.type === "cloze" && filled(zh.text) && blanks(enText(en.text)) !== blanks(String(zh.text))) {
    out.push(`${where}: cloze has ${blanks(String(zh.text))} blanks, English ${blanks(enText(en.text))}`);
  }
  if (en.type === "estimate" && filled(zh.prompt) && slots(enText(en.prompt)) !== slots(String(zh.prompt))) {
    out.push(`${where}: prompt slots {${slots(String(zh.prompt))}} ≠ English {${slots(enText(en.prompt))}}`);
  }
  if (Array.isArray(en.options)) {
    allowed.add("options");
    const options = zh.options;
    if (!Array.isArray(options) || options.length !== en.options.length) out.push(`${where}: options count ${Array.isArray(options) ? options.length : "none"} ≠ English ${en.options.length}`);
    else
      (en.options as Obj[]).forEach((o, i) => {
        const z = options[i];
        if (!isObj(z) || !filled(z.text)) out.push(`${where}: option ${i + 1} missing text`);
        if (o.why !== undefined && !(isObj(z) && filled(z.why))) out.push(`${where}: option ${i + 1} missing why`);
        if (o.why === undefined && isObj(z) && z.why !== undefined) out.push(`${where}: option ${i + 1} has a why the English lacks`);
      });
  }
  for (const list of ["steps", "assumptions"] as const) {
    if (!Array.isArray(en[list])) continue;
    allowed.add(list);
    const items = zh[list];
    if (!Array.isArray(items) || items.length !== (en[list] as unknown[]).length) out.push(`${where}: ${list} count ${Array.isArray(items) ? items.length : "none"} ≠ English ${(en[list] as unknown[]).length}`);
    else items.forEach((s, i) => filled(s) || out.push(`${where}: ${list} ${i + 1} is empty`));
  }
  for (const field of Object.keys(zh)) if (!allowed.has(field)) out.push(`${where}: unexpected field ${field}`);
  return out;
}

/** Problems of a section draft against its English section.yaml (parsed). */
export function sectionDraftProblems(file: string, en: Obj, zh: unknown, hasNoteZh: boolean): string[] {
  if (!isObj(zh)) return [`${file}: not a YAML mapping`];
  const out: string[] = [];
  for (const field of ["title", "summary"]) if (!filled(zh[field])) out.push(`${file}: missing ${field}`);
  for (const field of Object.keys(zh)) if (!["title", "summary", "cards"].includes(field)) out.push(`${file}: unexpected field ${field}`);
  const enCards = (Array.isArray(en.cards) ? en.cards : []) as Obj[];
  const zhCards = isObj(zh.cards) ? zh.cards : {};
  const ids = new Set(enCards.map((c) => String(c.id)));
  for (const id of Object.keys(zhCards)) if (!ids.has(id)) out.push(`${file}: unknown card ${id}`);
  for (const card of enCards) out.push(...cardProblems(`${file} ${String(card.id)}`, card, zhCards[String(card.id)]));
  if (!hasNoteZh) out.push(`${file}: note.zh.md missing beside it`);
  return out;
}

/** Problems of a chapter draft (title, summary). */
export function chapterDraftProblems(file: string, zh: unknown): string[] {
  if (!isObj(zh)) return [`${file}: not a YAML mapping`];
  const out = ["title", "summary"].filter((f) => !filled(zh[f])).map((f) => `${file}: missing ${f}`);
  for (const field of Object.keys(zh)) if (!["title", "summary"].includes(field)) out.push(`${file}: unexpected field ${field}`);
  return out;
}

/** Problems of an exercise draft (meta.zh.json: title, hints) against meta.json. */
export function exerciseDraftProblems(file: string, en: Obj, zh: unknown, hasPromptZh: boolean): string[] {
  if (!isObj(zh)) return [`${file}: not a JSON object`];
  const out: string[] = [];
  if (!filled(zh.title)) out.push(`${file}: missing title`);
  const enHints = Array.isArray(en.hints) ? en.hints : [];
  if (!Array.isArray(zh.hints) || zh.hints.length !== enHints.length || !zh.hints.every(filled)) out.push(`${file}: hints must be ${enHints.length} non-empty strings, like the English`);
  for (const field of Object.keys(zh)) if (!["title", "hints"].includes(field)) out.push(`${file}: unexpected field ${field}`);
  if (!hasPromptZh) out.push(`${file}: prompt.zh.md missing beside it`);
  return out;
}
