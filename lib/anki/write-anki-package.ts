import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { strToU8, zipSync } from "fflate";
import type { AnkiDeck, AnkiModel, AnkiNoteType } from "./anki-model";
import { ANKI_SCHEMA11_SQL, DEFAULT_COL_CONF, DEFAULT_DCONF, LATEX_POST, LATEX_PRE, NOTE_TYPE_CSS } from "./anki-schema11";

export type WriteAnkiOptions = {
  /** Include the review log (Anki's revlog). Cards keep their scheduling either way. */
  includeHistory: boolean;
  /** Modification time written on every row (epoch seconds); defaults to now. */
  nowSecs?: number;
};

const stripHtml = (s: string) => s.replace(/<[^>]*>/g, "").replace(/&nbsp;/g, " ").trim();
// Anki's duplicate check: the first 8 hex digits of the sha1 of the stripped first field.
const fieldChecksum = (field: string) => parseInt(createHash("sha1").update(stripHtml(field)).digest("hex").slice(0, 8), 16);

function legacyNoteType(t: AnkiNoteType, deckId: number, nowSecs: number) {
  return {
    id: t.id, name: t.name, type: t.kind, mod: nowSecs, usn: -1, sortf: 0, did: deckId, tags: [], vers: [],
    css: NOTE_TYPE_CSS, latexPre: LATEX_PRE, latexPost: LATEX_POST, latexsvg: false,
    flds: t.fields.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: "Arial", size: 20, media: [] })),
    tmpls: t.templates.map((tp) => ({ name: tp.name, ord: tp.ord, qfmt: tp.qfmt, afmt: tp.afmt, did: null, bqfmt: "", bafmt: "" })),
    // Pre-2.1.28 Anki generates cards from `req`; newer versions ignore it.
    req: t.kind === 1 ? [] : t.templates.map((tp) => [tp.ord, "any", t.fields.flatMap((f, i) => (tp.qfmt.includes(`{{${f}}}`) ? [i] : []))]),
  };
}

function legacyDeck(d: AnkiDeck, nowSecs: number) {
  return {
    id: d.id, name: d.name, mod: nowSecs, usn: -1, desc: "", dyn: 0, conf: 1, collapsed: false, browserCollapsed: false,
    extendNew: 0, extendRev: 0, newToday: [0, 0], revToday: [0, 0], lrnToday: [0, 0], timeToday: [0, 0],
  };
}

/**
 * An `.apkg` in Anki's legacy schema 11 (`collection.anki2` plus a JSON media map), which
 * every current Anki desktop, AnkiDroid and AnkiMobile import. The model is written as given:
 * ids, guids, note types, decks, card scheduling and, with includeHistory, the revlog.
 */
export function writeAnkiPackage(model: AnkiModel, options: WriteAnkiOptions): Uint8Array {
  const nowSecs = options.nowSecs ?? Math.floor(Date.now() / 1000);
  // Anki expects deck 1 ("Default") to exist in a legacy collection.
  const decks = model.decks.some((d) => d.id === 1) ? model.decks : [{ id: 1, name: "Default" }, ...model.decks];
  const firstDeck = model.decks[0]?.id ?? 1;
  const dir = mkdtempSync(join(tmpdir(), "anki-export-"));
  try {
    const path = join(dir, "collection.anki2");
    const db = new Database(path);
    db.pragma("journal_mode = DELETE");
    db.exec(ANKI_SCHEMA11_SQL);
    db.transaction(() => {
      db.prepare("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')").run(
        model.createdSecs, nowSecs * 1000, nowSecs * 1000,
        JSON.stringify({ ...DEFAULT_COL_CONF, curDeck: firstDeck, activeDecks: [firstDeck], curModel: model.noteTypes[0]?.id ?? null }),
        JSON.stringify(Object.fromEntries(model.noteTypes.map((t) => [String(t.id), legacyNoteType(t, firstDeck, nowSecs)]))),
        JSON.stringify(Object.fromEntries(decks.map((d) => [String(d.id), legacyDeck(d, nowSecs)]))),
        JSON.stringify({ 1: DEFAULT_DCONF }),
      );
      const note = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
      for (const n of model.notes) {
        const first = n.fields[0] ?? "";
        note.run(n.id, n.guid, n.noteTypeId, nowSecs, n.tags.length ? ` ${n.tags.join(" ")} ` : "", n.fields.join("\x1f"), stripHtml(first), fieldChecksum(first));
      }
      const card = db.prepare("INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, '')");
      for (const c of model.cards) card.run(c.id, c.noteId, c.deckId, c.ord, nowSecs, c.type, c.queue, c.due, c.ivl, c.factor, c.reps, c.lapses);
      if (options.includeHistory) {
        const rev = db.prepare("INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)");
        for (const r of model.revlog) rev.run(r.id, r.cardId, r.ease, r.ivl, r.lastIvl, r.factor, r.time, r.type);
      }
    })();
    db.close();
    const files: Record<string, Uint8Array> = { "collection.anki2": readFileSync(path) };
    files.media = strToU8(JSON.stringify(Object.fromEntries(model.media.map((m, i) => [String(i), m.name]))));
    model.media.forEach((m, i) => (files[String(i)] = m.bytes));
    return zipSync(files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
