import Database from "better-sqlite3";
import { ankiError } from "./anki-error";
import type { AnkiCard, AnkiDeck, AnkiModel, AnkiNote, AnkiNoteType, AnkiProgress, AnkiRevlogEntry } from "./anki-model";
import { protoRepeated, protoString, protoVarint, readProtobuf } from "./read-protobuf";

/** Anki opens schema 11 (legacy, JSON in `col`) up to 18 (note types and decks in tables). */
export const MIN_SCHEMA = 11;
export const MAX_SCHEMA = 18;

type Row = Record<string, unknown>;

const num = (v: unknown) => Number(v);
const str = (v: unknown) => (typeof v === "string" ? v : v == null ? "" : String(v));

/**
 * Reads one Anki collection file (an SQLite database already on disk) into the plain model,
 * without media. Cards in a filtered deck are reported in their home deck with their home due
 * (`odid`/`odue`), as Anki does when it exports them.
 */
export function readAnkiCollection(path: string, onProgress?: (p: AnkiProgress) => void): Omit<AnkiModel, "media"> {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    // The file is untrusted: no SQL functions from its schema (views, triggers), and check every cell.
    db.pragma("trusted_schema = OFF");
    db.pragma("cell_size_check = ON");
  } catch (error) {
    throw ankiError("ANKI_CORRUPT", `the collection inside the package cannot be opened: ${(error as Error).message}`);
  }
  try {
    return readOpen(db, onProgress);
  } catch (error) {
    if (error instanceof Error && error.name === "SqliteError") {
      throw ankiError("ANKI_CORRUPT", `the collection inside the package is damaged: ${error.message}`);
    }
    throw error;
  } finally {
    db.close();
  }
}

function readOpen(db: Database.Database, onProgress?: (p: AnkiProgress) => void): Omit<AnkiModel, "media"> {
  const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Row[]).map((r) => str(r.name)));
  for (const needed of ["col", "notes", "cards", "revlog"]) {
    if (!tables.has(needed)) throw ankiError("ANKI_NO_COLLECTION", `the package's database has no ${needed} table: it is not an Anki collection`);
  }
  const col = db.prepare("SELECT crt, ver, models, decks FROM col LIMIT 1").get() as Row | undefined;
  if (!col) throw ankiError("ANKI_CORRUPT", "the collection has no col row");
  const ver = num(col.ver);
  if (!(ver >= MIN_SCHEMA && ver <= MAX_SCHEMA)) {
    throw ankiError("ANKI_UNKNOWN_SCHEMA", `collection schema ${ver} is not supported (we read ${MIN_SCHEMA}–${MAX_SCHEMA}); export from Anki again with "Support older Anki versions" ticked`, { schema: ver });
  }
  // Schema 15+ moved note types and decks out of col's JSON into tables.
  const inTables = tables.has("notetypes") && tables.has("decks");
  const noteTypes = inTables ? readNoteTypeTables(db) : readNoteTypeJson(str(col.models));
  const decks = inTables ? readDeckTable(db) : readDeckJson(str(col.decks));
  onProgress?.({ phase: "collection", done: 1, total: 1 });

  const noteTotal = num((db.prepare("SELECT count(*) AS n FROM notes").get() as Row).n);
  const notes: AnkiNote[] = [];
  for (const r of db.prepare("SELECT id, guid, mid, tags, flds FROM notes ORDER BY id").iterate() as Iterable<Row>) {
    notes.push({ id: num(r.id), guid: str(r.guid), noteTypeId: num(r.mid), fields: str(r.flds).split("\x1f"), tags: str(r.tags).split(/\s+/).filter(Boolean) });
    if (notes.length % 1000 === 0) onProgress?.({ phase: "notes", done: notes.length, total: noteTotal });
  }
  onProgress?.({ phase: "notes", done: notes.length, total: noteTotal });

  const cards: AnkiCard[] = (db.prepare("SELECT id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, odue, odid FROM cards ORDER BY id").all() as Row[]).map((r) => ({
    id: num(r.id),
    noteId: num(r.nid),
    ord: num(r.ord),
    deckId: num(r.odid) || num(r.did),
    type: num(r.type),
    queue: num(r.queue),
    due: num(r.odid) ? num(r.odue) : num(r.due),
    ivl: num(r.ivl),
    factor: num(r.factor),
    reps: num(r.reps),
    lapses: num(r.lapses),
  }));
  onProgress?.({ phase: "cards", done: cards.length, total: cards.length });

  const revlog: AnkiRevlogEntry[] = (db.prepare("SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id").all() as Row[]).map((r) => ({
    id: num(r.id),
    cardId: num(r.cid),
    ease: num(r.ease),
    ivl: num(r.ivl),
    lastIvl: num(r.lastIvl),
    factor: num(r.factor),
    time: num(r.time),
    type: num(r.type),
  }));
  onProgress?.({ phase: "revlog", done: revlog.length, total: revlog.length });

  return { createdSecs: num(col.crt), decks, noteTypes, notes, cards, revlog };
}

function parseJson(text: string, what: string): Record<string, Row> {
  try {
    const value = JSON.parse(text) as unknown;
    if (value && typeof value === "object") return value as Record<string, Row>;
  } catch {
    // reported below
  }
  throw ankiError("ANKI_CORRUPT", `the collection's ${what} are not valid JSON`);
}

function readNoteTypeJson(text: string): AnkiNoteType[] {
  return Object.values(parseJson(text, "note types")).map((m) => ({
    id: num(m.id),
    name: str(m.name),
    kind: num(m.type) === 1 ? 1 : 0,
    fields: ((m.flds as Row[] | undefined) ?? []).slice().sort((a, b) => num(a.ord) - num(b.ord)).map((f) => str(f.name)),
    templates: ((m.tmpls as Row[] | undefined) ?? []).map((t) => ({ name: str(t.name), ord: num(t.ord), qfmt: str(t.qfmt), afmt: str(t.afmt) })).sort((a, b) => a.ord - b.ord),
  }));
}

function readDeckJson(text: string): AnkiDeck[] {
  // A filtered ("dyn") deck holds no cards of its own: they are read in their home deck.
  return Object.values(parseJson(text, "decks")).filter((d) => !num(d.dyn)).map((d) => ({ id: num(d.id), name: str(d.name) }));
}

const bytesOf = (v: unknown) => (v instanceof Uint8Array ? v : new Uint8Array());

// notetypes.config is a NotetypeConfig protobuf (kind = 1); templates.config a
// CardTemplate.Config (q_format = 1, a_format = 2).
function readNoteTypeTables(db: Database.Database): AnkiNoteType[] {
  const fields = db.prepare("SELECT ntid, ord, name FROM fields ORDER BY ntid, ord").all() as Row[];
  const templates = db.prepare("SELECT ntid, ord, name, config FROM templates ORDER BY ntid, ord").all() as Row[];
  return (db.prepare("SELECT id, name, config FROM notetypes ORDER BY id").all() as Row[]).map((r) => {
    const id = num(r.id);
    return {
      id,
      name: str(r.name),
      kind: protoVarint(readProtobuf(bytesOf(r.config)), 1) === 1 ? 1 : 0,
      fields: fields.filter((f) => num(f.ntid) === id).map((f) => str(f.name)),
      templates: templates
        .filter((t) => num(t.ntid) === id)
        .map((t) => {
          const config = readProtobuf(bytesOf(t.config));
          return { name: str(t.name), ord: num(t.ord), qfmt: protoString(config, 1), afmt: protoString(config, 2) };
        }),
    };
  });
}

// Schema 18 separates deck-name levels with \x1f where the JSON used "::".
function readDeckTable(db: Database.Database): AnkiDeck[] {
  return (db.prepare("SELECT id, name, kind FROM decks ORDER BY id").all() as Row[])
    // kind is a DeckKind oneof: normal = 1, filtered = 2. Filtered decks hold no cards of their own.
    .filter((r) => protoRepeated(readProtobuf(bytesOf(r.kind)), 2).length === 0)
    .map((r) => ({ id: num(r.id), name: str(r.name).split("\x1f").join("::") }));
}
