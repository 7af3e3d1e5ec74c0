/**
 * A plain, database-free picture of an Anki package: what `readAnkiPackage` returns and
 * `writeAnkiPackage` takes. Ids are Anki's own (epoch milliseconds, kept as numbers: they stay
 * below 2^53). Field names follow Anki's columns so the decision record maps one to one.
 */
export type AnkiDeck = { id: number; name: string };

export type AnkiTemplate = { name: string; ord: number; qfmt: string; afmt: string };

export type AnkiNoteType = {
  id: number;
  name: string;
  /** 0 standard, 1 cloze (Anki's `type` in col.models, `kind` in the notetypes table). */
  kind: 0 | 1;
  fields: string[];
  templates: AnkiTemplate[];
};

export type AnkiNote = {
  id: number;
  guid: string;
  noteTypeId: number;
  /** Field values in note-type order: HTML as Anki stores it. */
  fields: string[];
  tags: string[];
};

export type AnkiCard = {
  id: number;
  noteId: number;
  ord: number;
  deckId: number;
  /** 0 new, 1 learning, 2 review, 3 relearning */
  type: number;
  /** -3 buried (user), -2 buried (sched), -1 suspended, 0 new, 1 learning, 2 review, 3 day-learning, 4 preview */
  queue: number;
  /** new: position; review: day number since the collection's creation; learning: epoch seconds */
  due: number;
  ivl: number;
  /** ease in permille (2500 = 250%) */
  factor: number;
  reps: number;
  lapses: number;
};

export type AnkiRevlogEntry = {
  /** epoch milliseconds of the review */
  id: number;
  cardId: number;
  /** 1 again, 2 hard, 3 good, 4 easy; 0 for manual entries */
  ease: number;
  /** new interval: days if positive, seconds if negative */
  ivl: number;
  lastIvl: number;
  factor: number;
  /** milliseconds the answer took */
  time: number;
  /** 0 learn, 1 review, 2 relearn, 3 filtered (cram), 4 manual, 5 rescheduled */
  type: number;
};

export type AnkiMedia = { name: string; bytes: Uint8Array; sha256: string };

export type AnkiModel = {
  /** Collection creation (epoch seconds): review-card `due` values count days from it. */
  createdSecs: number;
  decks: AnkiDeck[];
  noteTypes: AnkiNoteType[];
  notes: AnkiNote[];
  cards: AnkiCard[];
  revlog: AnkiRevlogEntry[];
  media: AnkiMedia[];
};

export type AnkiProgress = { phase: "unzip" | "collection" | "notes" | "cards" | "revlog" | "media"; done: number; total: number };
