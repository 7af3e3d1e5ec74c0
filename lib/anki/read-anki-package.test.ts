import Database from "better-sqlite3";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { readAnkiPackage } from "./read-anki-package";
import { CRT, standardFixture } from "./test/anki-fixture-specs";
import { zipSync } from "fflate";
import { buildFixturePackage, corruptZip, encodeProtobuf, notAnkiZip, writeFixtureCollection } from "./test/write-anki-fixture";

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? `${error.code} ${error.status}` : `not an AppError: ${String(error)}`;
  }
  return "no error";
};

describe("readAnkiPackage", () => {
  for (const format of ["anki2", "anki21", "anki21b"] as const) {
    it(`reads a ${format} package: decks, note types, notes, cards, revlog and media`, async () => {
      const fixture = standardFixture();
      const model = readAnkiPackage(await buildFixturePackage(fixture, format));
      expect(model.createdSecs).toBe(CRT);
      // The filtered deck is dropped; its card is read in its home deck.
      expect(model.decks.map((d) => d.name).sort()).toEqual(["Default", "Go::Concurrency"]);
      expect(model.noteTypes.map((t) => [t.name, t.kind, t.fields.length, t.templates.length]).sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
        ["Basic", 0, 2, 1], ["Basic (and reversed card)", 0, 2, 2], ["Basic (optional reversed card)", 0, 3, 2], ["Cloze", 1, 2, 1], ["Vocab (Go)", 0, 4, 1],
      ]);
      const cloze = model.noteTypes.find((t) => t.name === "Cloze")!;
      expect(cloze.templates[0]).toMatchObject({ qfmt: "{{cloze:Text}}", afmt: "{{cloze:Text}}<br>\n{{Back Extra}}" });
      expect(model.notes).toHaveLength(6);
      expect(model.notes[0]).toEqual({ id: fixture.notes[0].id, guid: "basicGuid1", noteTypeId: fixture.notes[0].mid, fields: fixture.notes[0].fields, tags: ["go", "defer"] });
      expect(model.cards).toHaveLength(9);
      const filtered = model.cards.find((c) => c.noteId === fixture.notes[5].id)!;
      expect(filtered).toMatchObject({ deckId: 2, due: 7 });
      expect(model.revlog).toHaveLength(7);
      expect(model.revlog[5]).toMatchObject({ ease: 0, type: 5, ivl: 4 });
      expect(model.media.map((m) => [m.name, m.bytes.length, m.sha256.length])).toEqual([["gopher.png", 16, 64], ["gopher.mp3", fixture.media[1].bytes.length, 64]]);
      expect(Buffer.from(model.media[1].bytes)).toEqual(Buffer.from(fixture.media[1].bytes));
    });
  }

  it("reports progress through every phase", async () => {
    const phases = new Set<string>();
    readAnkiPackage(await buildFixturePackage(standardFixture(), "anki21b"), (p) => phases.add(p.phase));
    expect([...phases]).toEqual(["unzip", "collection", "notes", "cards", "revlog", "media"]);
  });

  it("rejects a corrupt zip, a zip without a collection, and garbage", () => {
    expect(codeOf(() => readAnkiPackage(corruptZip()))).toBe("ANKI_NOT_A_ZIP 400");
    expect(codeOf(() => readAnkiPackage(new TextEncoder().encode("front,back\n")))).toBe("ANKI_NOT_A_ZIP 400");
    expect(codeOf(() => readAnkiPackage(notAnkiZip()))).toBe("ANKI_NO_COLLECTION 400");
  });

  it("rejects a too-new package version and a too-new collection schema", () => {
    const fixture = standardFixture();
    const v4 = zipSync({ meta: encodeProtobuf([[1, 4]]), "collection.anki21b": new Uint8Array([1]) });
    expect(codeOf(() => readAnkiPackage(v4))).toBe("ANKI_UNKNOWN_SCHEMA 400");
    const col = writeFixtureCollection(fixture, 11);
    const future = zipSync({ "collection.anki2": withSchemaVersion(col, 19) });
    expect(codeOf(() => readAnkiPackage(future))).toBe("ANKI_UNKNOWN_SCHEMA 400");
  });

  it("rejects a collection that is not a SQLite database, and a zip bomb beyond the limit", async () => {
    expect(codeOf(() => readAnkiPackage(zipSync({ "collection.anki2": new TextEncoder().encode("not sqlite at all, just text") })))).toBe("ANKI_CORRUPT 400");
    const bytes = await buildFixturePackage(standardFixture(), "anki21");
    expect(codeOf(() => readAnkiPackage(bytes, { maxUnpackedBytes: 1000 }))).toBe("ANKI_TOO_LARGE 400");
  });

  it("rejects a damaged zstd collection, and drops media whose name could escape a folder", async () => {
    const damaged = zipSync({ meta: encodeProtobuf([[1, 3]]), "collection.anki21b": Uint8Array.from([0x28, 0xb5, 0x2f, 0xfd, 1, 2, 3, 4, 5]) });
    expect(codeOf(() => readAnkiPackage(damaged))).toBe("ANKI_CORRUPT 400");
    const fixture = { ...standardFixture(), media: [{ name: "../../etc/passwd", bytes: Uint8Array.from([1]) }, { name: "ok.png", bytes: Uint8Array.from([2]) }] };
    expect(readAnkiPackage(await buildFixturePackage(fixture, "anki2")).media.map((m) => m.name)).toEqual(["ok.png"]);
  });
});

function withSchemaVersion(collection: Uint8Array, ver: number): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "anki-ver-"));
  try {
    const path = join(dir, "c.db");
    writeFileSync(path, collection);
    const db = new Database(path);
    db.prepare("UPDATE col SET ver = ?").run(ver);
    db.close();
    return readFileSync(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
