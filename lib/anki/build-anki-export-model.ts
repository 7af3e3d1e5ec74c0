import { createHash } from "node:crypto";
import { State, type Grade } from "ts-fsrs";
import { CLOZE_PATTERN } from "../content/schema";
import { renderInline, renderMarkdown } from "../content/render-markdown";
import type { AnkiCard, AnkiMedia, AnkiModel, AnkiNote, AnkiNoteType, AnkiRevlogEntry } from "./anki-model";

const DAY_MS = 86_400_000;

/** Our note types in an export: Anki's Basic and Cloze plus an Explanation field, with fixed ids so re-exports merge in Anki. */
export const EXPORT_NOTE_TYPES = {
  basic: {
    id: 1_764_000_000_001, name: "go-base Basic", kind: 0, fields: ["Front", "Back", "Explanation"],
    templates: [{ name: "Card 1", ord: 0, qfmt: "{{Front}}", afmt: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}{{#Explanation}}<br><br>{{Explanation}}{{/Explanation}}" }],
  },
  cloze: {
    id: 1_764_000_000_002, name: "go-base Cloze", kind: 1, fields: ["Text", "Explanation"],
    templates: [{ name: "Cloze", ord: 0, qfmt: "{{cloze:Text}}", afmt: "{{cloze:Text}}<br>\n{{Explanation}}" }],
  },
} satisfies Record<string, AnkiNoteType>;

export type ExportReview = { review: Date; rating: Grade; durationMs: number | null; stateBefore: State; scheduledDaysAfter: number; dueAfter: Date };

export type ExportCard = {
  /** Our card id: the Anki guid is derived from it, so exporting again updates the same note in Anki. */
  id: string;
  deckName: string;
  content: { type: "basic"; front: string; back: string; explanation: string } | { type: "cloze"; text: string; explanation: string };
  tags: string[];
  /** The card's FSRS state, or null for a new card. */
  schedule: { state: State; due: Date; scheduledDays: number; reps: number; lapses: number } | null;
  suspended: boolean;
  /** Oldest first; written only when the export includes history. */
  reviews: ExportReview[];
};

/** The Anki note guid an export gives our card: importing the package back finds the card by it. */
export const guidFor = (id: string) => createHash("sha256").update(`go-base:${id}`).digest("base64url").slice(0, 10);

/** Our markdown cloze `{{a::h}}` → Anki `{{c1::a::h}}`: every blank of ours is hidden at once, as Anki's c1 group is. */
function clozeToAnki(text: string): string {
  const blanks: string[] = [];
  const withTokens = text.replace(new RegExp(CLOZE_PATTERN.source, "g"), (_m, answer: string, hint?: string) => {
    blanks.push(`{{c1::${renderInline(answer)}${hint ? `::${hint}` : ""}}}`);
    return `EXPORTCLOZE${blanks.length - 1}TOKEN`;
  });
  return renderMarkdown(withTokens).trim().replace(/EXPORTCLOZE(\d+)TOKEN/g, (_m, i: string) => blanks[Number(i)]);
}

/** Anki's columns for an FSRS state: review cards count due days from the collection's creation. */
function ankiScheduling(card: ExportCard, position: number, createdSecs: number): Pick<AnkiCard, "type" | "queue" | "due" | "ivl" | "factor" | "reps" | "lapses"> {
  const s = card.schedule;
  const hidden = (queue: number) => (card.suspended ? -1 : queue);
  if (!s || s.state === State.New) return { type: 0, queue: hidden(0), due: position, ivl: 0, factor: 0, reps: 0, lapses: 0 };
  if (s.state === State.Review) {
    const due = Math.max(0, Math.floor((s.due.getTime() - createdSecs * 1000) / DAY_MS));
    return { type: 2, queue: hidden(2), due, ivl: Math.max(1, s.scheduledDays), factor: 2500, reps: s.reps, lapses: s.lapses };
  }
  // (Re)learning: Anki keeps an epoch-seconds due in the learning queue.
  return { type: s.state === State.Relearning ? 3 : 1, queue: hidden(1), due: Math.floor(s.due.getTime() / 1000), ivl: 0, factor: 2500, reps: s.reps, lapses: s.lapses };
}

const REVLOG_TYPE: Record<State, number> = { [State.New]: 0, [State.Learning]: 0, [State.Review]: 1, [State.Relearning]: 2 };

/**
 * Our cards as an Anki model for writeAnkiPackage: markdown rendered to HTML (what Anki shows),
 * one deck per deck name, scheduling in Anki's columns and, when asked, the review history as
 * revlog rows (Anki recomputes FSRS memory states from them).
 */
export function buildAnkiExportModel(cards: readonly ExportCard[], media: AnkiMedia[] = [], now = new Date()): AnkiModel {
  const createdSecs = Math.floor(now.getTime() / 1000) - 10 * 365 * 86_400;
  const base = now.getTime();
  const deckIds = new Map<string, number>();
  for (const c of cards) if (!deckIds.has(c.deckName)) deckIds.set(c.deckName, base + deckIds.size + 1);
  const notes: AnkiNote[] = [];
  const ankiCards: AnkiCard[] = [];
  const revlog: AnkiRevlogEntry[] = [];
  const usedRevlogIds = new Set<number>();
  cards.forEach((card, i) => {
    const id = base + i + 1;
    const content = card.content;
    const html = (markdown: string) => (markdown ? renderMarkdown(markdown).trim() : "");
    const fields = content.type === "basic" ? [html(content.front), html(content.back), html(content.explanation)] : [clozeToAnki(content.text), html(content.explanation)];
    // Anki tags cannot hold spaces.
    notes.push({ id, guid: guidFor(card.id), noteTypeId: EXPORT_NOTE_TYPES[content.type].id, fields, tags: card.tags.map((t) => t.replace(/\s+/g, "_")) });
    ankiCards.push({ id, noteId: id, ord: 0, deckId: deckIds.get(card.deckName)!, ...ankiScheduling(card, i + 1, createdSecs) });
    let lastIvl = 0;
    for (const r of card.reviews) {
      let at = r.review.getTime();
      while (usedRevlogIds.has(at)) at++; // revlog ids are primary keys
      usedRevlogIds.add(at);
      const days = r.scheduledDaysAfter;
      const ivl = days >= 1 ? days : -Math.max(60, Math.round((r.dueAfter.getTime() - at) / 1000));
      revlog.push({ id: at, cardId: id, ease: r.rating, ivl, lastIvl, factor: 2500, time: Math.min(60_000, Math.max(0, r.durationMs ?? 0)), type: REVLOG_TYPE[r.stateBefore] });
      lastIvl = ivl;
    }
  });
  return {
    createdSecs,
    decks: [...deckIds].map(([name, id]) => ({ id, name })),
    noteTypes: [EXPORT_NOTE_TYPES.basic, EXPORT_NOTE_TYPES.cloze],
    notes, cards: ankiCards, revlog: revlog.sort((a, b) => a.id - b.id), media,
  };
}
