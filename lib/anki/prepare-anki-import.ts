import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import type { SchedulerSnapshot } from "../review/scheduler";
import type { AnkiCard, AnkiDeck, AnkiMedia, AnkiModel, AnkiRevlogEntry } from "./anki-model";
import { mapAnkiNotes, type AnkiSkip, type MappedAnkiCard } from "./map-anki-notes";
import { replayAnkiRevlog, type AnkiReplay } from "./replay-anki-revlog";

export type PreparedAnkiCard = MappedAnkiCard & { replay: AnkiReplay };

export type PreparedAnkiImport = {
  decks: AnkiDeck[];
  cards: PreparedAnkiCard[];
  skipped: AnkiSkip[];
  /** Only media some imported card refers to. */
  media: AnkiMedia[];
  counts: { notes: number; cards: number; skippedCards: number; reviews: number; media: number };
};

const CHUNK = 500;

/**
 * Everything an import writes, computed before the first write (so a failure leaves nothing
 * half-imported): the cards mapped, each with its history replayed through FSRS with the
 * user's parameters, the skips with reasons, and the media in use. Works in chunks of 500
 * notes and yields to the event loop between them, so a 20,000-note deck does not stall the
 * server; `onProgress` (awaited) can record the job's progress.
 */
export async function prepareAnkiImport(model: AnkiModel, snapshot: SchedulerSnapshot, onProgress?: (done: number, total: number) => unknown): Promise<PreparedAnkiImport> {
  const revlogByCard = new Map<number, AnkiRevlogEntry[]>();
  for (const r of model.revlog) {
    const list = revlogByCard.get(r.cardId);
    if (list) list.push(r);
    else revlogByCard.set(r.cardId, [r]);
  }
  const ankiCards = new Map(model.cards.map((c) => [c.id, c]));
  const cardsByNote = new Map<number, AnkiCard[]>();
  for (const c of model.cards) {
    const list = cardsByNote.get(c.noteId);
    if (list) list.push(c);
    else cardsByNote.set(c.noteId, [c]);
  }
  const cards: PreparedAnkiCard[] = [];
  const skipped: AnkiSkip[] = [];
  for (let start = 0; start < model.notes.length; start += CHUNK) {
    const notes = model.notes.slice(start, start + CHUNK);
    // Each chunk sees only its own notes' cards, so the work stays linear in the deck's size.
    const chunk = mapAnkiNotes({ ...model, notes, cards: notes.flatMap((n) => cardsByNote.get(n.id) ?? []) });
    skipped.push(...chunk.skipped);
    for (const card of chunk.cards) {
      const replay = replayAnkiRevlog(revlogByCard.get(card.ankiCardId) ?? [], snapshot, { card: ankiCards.get(card.ankiCardId)!, createdSecs: model.createdSecs });
      cards.push({ ...card, replay });
    }
    await onProgress?.(Math.min(start + CHUNK, model.notes.length), model.notes.length);
    await yieldToEventLoop();
  }
  const used = new Set(cards.flatMap((c) => c.media));
  const media = model.media.filter((m) => used.has(m.name));
  const noteCount = new Set(cards.map((c) => c.noteId)).size;
  return {
    decks: model.decks,
    cards,
    skipped,
    media,
    counts: { notes: noteCount, cards: cards.length, skippedCards: skipped.filter((s) => s.scope !== "part").length, reviews: cards.reduce((n, c) => n + c.replay.reviews.length, 0), media: media.length },
  };
}
