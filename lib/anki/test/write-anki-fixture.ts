/**
 * An independent Anki package writer for tests: it writes Anki's documented schema straight
 * with better-sqlite3 (schema 11 for anki2/anki21, schema 18 for anki21b) and packs it the way
 * Anki's exporter does (rslib/src/import_export/package). It shares no code with
 * lib/anki/write-anki-package.ts, so a bug in our writer cannot hide the same bug in our reader.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { zipSync, strToU8 } from "fflate";
import { compress, init } from "@bokuweb/zstd-wasm";
import { SCHEMA11, SCHEMA18_EXTRA } from "./anki-fixture-schema";

export type FixtureNoteType = { id: number; name: string; kind: 0 | 1; fields: string[]; templates: { name: string; qfmt: string; afmt: string }[] };
export type FixtureCard = { id: number; nid: number; did: number; ord: number; type: number; queue: number; due: number; ivl: number; factor: number; reps: number; lapses: number; odid?: number; odue?: number };
export type FixtureCollection = {
  crt: number;
  decks: { id: number; name: string; filtered?: boolean }[];
  noteTypes: FixtureNoteType[];
  notes: { id: number; guid: string; mid: number; fields: string[]; tags: string[] }[];
  cards: FixtureCard[];
  revlog: { id: number; cid: number; ease: number; ivl: number; lastIvl: number; factor: number; time: number; type: number }[];
  media: { name: string; bytes: Uint8Array }[];
};
export type FixtureFormat = "anki2" | "anki21" | "anki21b";

// --- a protobuf encoder just big enough for the messages below ---
function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
  return out;
}
type PbField = [field: number, value: number | Uint8Array | string];
export function encodeProtobuf(fields: PbField[]): Uint8Array {
  const out: number[] = [];
  for (const [field, value] of fields) {
    if (typeof value === "number") out.push(...varint(field * 8), ...varint(value));
    else {
      const bytes = typeof value === "string" ? strToU8(value) : value;
      out.push(...varint(field * 8 + 2), ...varint(bytes.length), ...bytes);
    }
  }
  return Uint8Array.from(out);
}

const sha1 = (s: string) => createHash("sha1").update(s).digest();
// Anki's csum: the first 8 hex digits of the sha1 of the stripped first field, as an integer.
const checksum = (field: string) => parseInt(sha1(field.replace(/<[^>]*>/g, "")).subarray(0, 4).toString("hex"), 16);

function insertRows(db: Database.Database, c: FixtureCollection) {
  const note = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, 0, '')");
  for (const n of c.notes) note.run(n.id, n.guid, n.mid, Math.floor(n.id / 1000), n.tags.length ? ` ${n.tags.join(" ")} ` : "", n.fields.join("\x1f"), n.fields[0], checksum(n.fields[0]));
  const card = db.prepare("INSERT INTO cards VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0, '')");
  for (const k of c.cards) card.run(k.id, k.nid, k.did, k.ord, Math.floor(k.id / 1000), k.type, k.queue, k.due, k.ivl, k.factor, k.reps, k.lapses, k.odue ?? 0, k.odid ?? 0);
  const rev = db.prepare("INSERT INTO revlog VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)");
  for (const r of c.revlog) rev.run(r.id, r.cid, r.ease, r.ivl, r.lastIvl, r.factor, r.time, r.type);
}

function legacyModels(c: FixtureCollection) {
  return Object.fromEntries(
    c.noteTypes.map((m) => [
      String(m.id),
      {
        id: m.id, name: m.name, type: m.kind, mod: 0, usn: 0, sortf: 0, did: 1, tags: [], vers: [], css: ".card {}", latexPre: "", latexPost: "", req: [],
        flds: m.fields.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: "Arial", size: 20 })),
        tmpls: m.templates.map((t, ord) => ({ name: t.name, ord, qfmt: t.qfmt, afmt: t.afmt, did: null, bqfmt: "", bafmt: "" })),
      },
    ]),
  );
}

function legacyDecks(c: FixtureCollection) {
  return Object.fromEntries(c.decks.map((d) => [String(d.id), { id: d.id, name: d.name, dyn: d.filtered ? 1 : 0, conf: 1, desc: "", mod: 0, usn: 0, collapsed: false }]));
}

function writeSchema11(db: Database.Database, c: FixtureCollection) {
  db.exec(SCHEMA11);
  db.prepare("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, '{}', ?, ?, '{}', '{}')").run(c.crt, c.crt * 1000, c.crt * 1000, JSON.stringify(legacyModels(c)), JSON.stringify(legacyDecks(c)));
  insertRows(db, c);
}

function writeSchema18(db: Database.Database, c: FixtureCollection) {
  db.exec(SCHEMA11);
  db.exec(SCHEMA18_EXTRA);
  // Schema 18 keeps the col row but empties its JSON columns.
  db.prepare("INSERT INTO col VALUES (1, ?, ?, ?, 18, 0, 0, 0, '', '', '', '', '')").run(c.crt, c.crt * 1000, c.crt * 1000);
  for (const m of c.noteTypes) {
    // NotetypeConfig: kind = 1, sort_field_idx = 2, css = 3
    db.prepare("INSERT INTO notetypes VALUES (?, ?, 0, 0, ?)").run(m.id, m.name, encodeProtobuf([[1, m.kind], [3, ".card {}"]]));
    m.fields.forEach((name, ord) => db.prepare("INSERT INTO fields VALUES (?, ?, ?, ?)").run(m.id, ord, name, encodeProtobuf([[3, "Arial"]])));
    // CardTemplate.Config: q_format = 1, a_format = 2
    m.templates.forEach((t, ord) => db.prepare("INSERT INTO templates VALUES (?, ?, ?, 0, 0, ?)").run(m.id, ord, t.name, encodeProtobuf([[1, t.qfmt], [2, t.afmt]])));
  }
  for (const d of c.decks) {
    // DeckKind oneof: normal = 1 (NormalDeck { config_id = 1 }), filtered = 2
    const kind = d.filtered ? encodeProtobuf([[2, encodeProtobuf([[1, 1]])]]) : encodeProtobuf([[1, encodeProtobuf([[1, 1]])]]);
    db.prepare("INSERT INTO decks VALUES (?, ?, 0, 0, ?, ?)").run(d.id, d.name.split("::").join("\x1f"), new Uint8Array(), kind);
  }
  insertRows(db, c);
  db.unsafeMode(true);
  db.pragma("writable_schema = ON");
  db.prepare("UPDATE sqlite_master SET sql = replace(sql, 'COLLATE NOCASE', 'COLLATE unicase')").run();
}

/** Writes the collection file and returns its bytes (the file lives in a temp dir removed here). */
export function writeFixtureCollection(c: FixtureCollection, schema: 11 | 18): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "anki-fixture-"));
  try {
    const path = join(dir, "collection.db");
    const db = new Database(path);
    db.transaction(() => (schema === 11 ? writeSchema11(db, c) : writeSchema18(db, c)))();
    db.close();
    return readFileSync(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let zstdReady: Promise<void> | undefined;
const zstd = async (bytes: Uint8Array) => {
  await (zstdReady ??= init());
  return compress(Buffer.from(bytes), 3);
};

/** A package the way Anki exports it: anki2/anki21 with a JSON media map, anki21b all zstd with protobuf maps. */
export async function buildFixturePackage(c: FixtureCollection, format: FixtureFormat): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  if (format === "anki21b") {
    files["collection.anki21b"] = await zstd(writeFixtureCollection(c, 18));
    // Current Anki also writes a legacy stub that tells old versions to update.
    files["collection.anki2"] = writeFixtureCollection({ ...stubCollection(), crt: c.crt }, 11);
    files.meta = encodeProtobuf([[1, 3]]);
    const entries = c.media.map((m) => encodeProtobuf([[1, m.name], [2, m.bytes.length], [3, createHash("sha1").update(m.bytes).digest()]]));
    files.media = await zstd(encodeProtobuf(entries.map((e) => [1, e])));
    for (const [i, m] of c.media.entries()) files[String(i)] = await zstd(m.bytes);
  } else {
    files[format === "anki2" ? "collection.anki2" : "collection.anki21"] = writeFixtureCollection(c, 11);
    if (format === "anki21") files["collection.anki2"] = writeFixtureCollection({ ...stubCollection(), crt: c.crt }, 11);
    files.media = strToU8(JSON.stringify(Object.fromEntries(c.media.map((m, i) => [String(i), m.name]))));
    c.media.forEach((m, i) => (files[String(i)] = m.bytes));
  }
  return zipSync(files);
}

/** The one-note collection Anki puts in collection.anki2 beside a newer collection file. */
function stubCollection(): FixtureCollection {
  const basic: FixtureNoteType = { id: 1, name: "Basic", kind: 0, fields: ["Front", "Back"], templates: [{ name: "Card 1", qfmt: "{{Front}}", afmt: "{{Back}}" }] };
  return {
    crt: 0, decks: [{ id: 1, name: "Default" }], noteTypes: [basic],
    notes: [{ id: 1, guid: "stub", mid: 1, fields: ["Please update to the latest Anki version, then import the .colpkg/.apkg file again.", ""], tags: [] }],
    cards: [{ id: 1, nid: 1, did: 1, ord: 0, type: 0, queue: 0, due: 1, ivl: 0, factor: 0, reps: 0, lapses: 0 }], revlog: [], media: [],
  };
}

/** The parts of a package a reader has to reject. */
export const corruptZip = () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
export const notAnkiZip = () => zipSync({ "readme.txt": strToU8("hello"), "data.json": strToU8("{}") });
