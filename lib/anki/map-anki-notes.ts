import type { AnkiCard, AnkiModel, AnkiNote, AnkiNoteType, AnkiTemplate } from "./anki-model";
import { convertAnkiHtml, convertAnkiInline, mediaNamesIn } from "./convert-anki-html";
import { skipReason, type SkipReason } from "../import/skip-reason";
import { CLOZE, clozeNumbers, renderAnkiTemplate } from "./render-anki-template";

export type MappedCardContent =
  | { type: "basic"; front: string; back: string; explanation: string }
  | { type: "cloze"; text: string; explanation: string };

/** One of our cards made from one Anki card (note + template ord), with Anki's schedule beside it. */
export type MappedAnkiCard = {
  ankiCardId: number;
  noteId: number;
  /** Anki's note guid: re-importing updates by (guid, ord) and never duplicates. */
  noteGuid: string;
  ord: number;
  deckId: number;
  deckName: string;
  noteTypeName: string;
  tags: string[];
  content: MappedCardContent;
  /** Media names (as in the package's media list) the content refers to. */
  media: string[];
  scheduling: Pick<AnkiCard, "type" | "queue" | "due" | "ivl" | "factor" | "reps" | "lapses">;
};

/** `card`: nothing imported for it. `part`: the card is imported without the named piece. */
export type AnkiSkip = { noteGuid: string; ankiCardId?: number; scope: "note" | "card" | "part" } & SkipReason;

export type MappedAnkiNotes = { cards: MappedAnkiCard[]; skipped: AnkiSkip[] };

const FIELD_ONLY = /^\{\{\s*([^#^/{}:]+?)\s*\}\}$/;
const CONDITIONAL_FIELD = /^\{\{#\s*([^}]+?)\s*\}\}\s*\{\{\s*([^#^/{}:]+?)\s*\}\}\s*\{\{\/\s*\1\s*\}\}$/;
const ANSWER_RULE = /<hr id=["']?answer["']?\s*\/?>/gi;

/**
 * Basic, "Basic (and reversed card)" and "Basic (optional reversed card)" all have templates
 * of this shape: the question one field (maybe inside a condition), the answer the FrontSide,
 * a rule and one field. Matching the shape rather than the name also covers renamed and
 * translated copies of the stock types.
 */
function simpleBasic(t: AnkiTemplate): { front: string; back: string } | null {
  const q = t.qfmt.trim();
  const front = FIELD_ONLY.exec(q)?.[1] ?? CONDITIONAL_FIELD.exec(q)?.[2];
  const back = FIELD_ONLY.exec(t.afmt.replace("{{FrontSide}}", "").replace(ANSWER_RULE, "").trim())?.[1];
  return front && back ? { front, back } : null;
}

const clozeFieldOf = (type: AnkiNoteType) => /\{\{\s*cloze:\s*([^}]+?)\s*\}\}/.exec(type.templates[0]?.qfmt ?? "")?.[1];

/**
 * Anki notes to our cards, keeping every card Anki generated (its cards table): one card per
 * Anki card. Cloze note types give one cloze card per cloze number, with that number's blanks
 * as ours and the other numbers' answers as plain text; stock basic shapes map field to field;
 * anything else becomes a basic card from its rendered front and back templates.
 */
export function mapAnkiNotes(model: AnkiModel): MappedAnkiNotes {
  const types = new Map(model.noteTypes.map((t) => [t.id, t]));
  const decks = new Map(model.decks.map((d) => [d.id, d.name]));
  const mediaInPackage = new Set(model.media.map((m) => m.name));
  const cardsByNote = new Map<number, AnkiCard[]>();
  for (const card of model.cards) {
    const list = cardsByNote.get(card.noteId);
    if (list) list.push(card);
    else cardsByNote.set(card.noteId, [card]);
  }

  const cards: MappedAnkiCard[] = [];
  const skipped: AnkiSkip[] = [];
  for (const note of model.notes) {
    const type = types.get(note.noteTypeId);
    const noteCards = cardsByNote.get(note.id) ?? [];
    if (!type) {
      skipped.push({ noteGuid: note.guid, scope: "note", ...skipReason("noteTypeMissing", { noteType: note.noteTypeId }) });
      continue;
    }
    if (noteCards.length === 0) {
      skipped.push({ noteGuid: note.guid, scope: "note", ...skipReason("noteHasNoCards") });
      continue;
    }
    for (const card of noteCards) {
      const skip = (scope: AnkiSkip["scope"], reason: SkipReason) => skipped.push({ noteGuid: note.guid, ankiCardId: card.id, scope, ...reason });
      const content = mapCard(type, note, card, decks.get(card.deckId) ?? "", skip);
      if (!content) continue;
      const texts = content.type === "basic" ? [content.front, content.back, content.explanation] : [content.text, content.explanation];
      const media = [...new Set(texts.flatMap(mediaNamesIn))];
      for (const name of media.filter((n) => !mediaInPackage.has(n))) skip("part", skipReason("mediaMissing", { name }));
      cards.push({
        ankiCardId: card.id, noteId: note.id, noteGuid: note.guid, ord: card.ord, deckId: card.deckId, deckName: decks.get(card.deckId) ?? `Deck ${card.deckId}`,
        noteTypeName: type.name, tags: note.tags, content, media,
        scheduling: { type: card.type, queue: card.queue, due: card.due, ivl: card.ivl, factor: card.factor, reps: card.reps, lapses: card.lapses },
      });
    }
  }
  return { cards, skipped };
}

type Skip = (scope: AnkiSkip["scope"], reason: SkipReason) => void;

function mapCard(type: AnkiNoteType, note: AnkiNote, card: AnkiCard, deckName: string, skip: Skip): MappedCardContent | null {
  const fields = Object.fromEntries(type.fields.map((name, i) => [name, note.fields[i] ?? ""]));
  const clozeField = type.kind === 1 ? clozeFieldOf(type) : undefined;
  if (clozeField !== undefined) return mapCloze(type, fields, clozeField, card.ord + 1, skip);

  const template = type.templates.find((t) => t.ord === card.ord);
  if (!template) {
    skip("card", skipReason("noTemplate", { noteType: type.name, template: card.ord + 1 }));
    return null;
  }
  const simple = simpleBasic(template);
  if (simple && simple.front in fields && simple.back in fields) {
    return finishBasic(convertAnkiHtml(fields[simple.front]), convertAnkiHtml(fields[simple.back]), skip);
  }
  // Any other note type: its templates rendered as Anki would, the answer without the question.
  const special = { ...fields, Tags: note.tags.join(" "), Type: type.name, Deck: deckName, Card: template.name };
  const front = renderAnkiTemplate(template.qfmt, { fields: special });
  const back = renderAnkiTemplate(template.afmt, { fields: special, frontSide: "", answerSide: true });
  // The same unsupported tag on both sides is reported once.
  const parts = new Map([...front.skipped, ...back.skipped].map((r) => [r.reason, r]));
  for (const reason of parts.values()) skip("part", reason);
  // Anki's convention: the answer is what follows <hr id=answer> (the question often repeats above it).
  const answer = back.html.split(ANSWER_RULE).at(-1) ?? "";
  return finishBasic(convertAnkiHtml(front.html), convertAnkiHtml(answer), skip);
}

function finishBasic(front: string, back: string, skip: Skip): MappedCardContent | null {
  if (!front) {
    skip("card", skipReason("emptyQuestion"));
    return null;
  }
  return { type: "basic", front, back: back || "<div>(no answer)</div>", explanation: "" };
}

const TOKEN = (i: number) => `ANKICLOZE${i}TOKEN`;

function mapCloze(type: AnkiNoteType, fields: Record<string, string>, clozeField: string, number: number, skip: Skip): MappedCardContent | null {
  const raw = fields[clozeField] ?? "";
  if (/image-occlusion:/.test(raw) || /image-occlusion/.test(type.templates[0]?.qfmt ?? "")) {
    skip("card", skipReason("imageOcclusion"));
    return null;
  }
  if (!clozeNumbers(raw).includes(number)) {
    skip("card", skipReason("noCloze", { n: number }));
    return null;
  }
  if ([...raw.matchAll(CLOZE)].some((m) => /\{\{c\d+::/.test(m[0].slice(2)))) {
    skip("card", skipReason("nestedCloze"));
    return null;
  }
  const blanks: string[] = [];
  let problem: SkipReason | null = null;
  const withTokens = raw.replace(CLOZE, (_m, n: string, answer: string, hint?: string) => {
    if (Number(n) !== number) return answer;
    const a = convertAnkiInline(answer);
    const h = hint === undefined ? "" : convertAnkiInline(hint);
    if (!a) problem = skipReason("emptyCloze", { n: number });
    if (/\{\{|\}\}|::/.test(a + h)) problem = skipReason("clozeBraces", { n: number, symbols: '"{{", "}}", "::"' });
    blanks.push(h ? `{{${a}::${h}}}` : `{{${a}}}`);
    return TOKEN(blanks.length - 1);
  });
  if (problem) {
    skip("card", problem);
    return null;
  }
  // Literal braces in the rest of the text must not read as our blanks.
  const text = convertAnkiHtml(withTokens)
    .replace(/\{\{/g, "{&#123;")
    .replace(/\}\}/g, "}&#125;")
    .replace(/ANKICLOZE(\d+)TOKEN/g, (_m, i: string) => blanks[Number(i)]);
  // The answer side's other fields (Back Extra in the stock type) become the explanation.
  const afmt = type.templates[0]?.afmt ?? "";
  const extra = type.fields.filter((f) => f !== clozeField && afmt.includes(f) && fields[f]?.trim()).map((f) => convertAnkiInline(fields[f]));
  return { type: "cloze", text, explanation: extra.length ? `<div>${extra.join("<br />")}</div>` : "" };
}
