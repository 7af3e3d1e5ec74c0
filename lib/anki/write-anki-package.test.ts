import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { readAnkiPackage } from "./read-anki-package";
import { writeAnkiPackage } from "./write-anki-package";
import { standardFixture } from "./test/anki-fixture-specs";
import { buildFixturePackage, writeFixtureCollection } from "./test/write-anki-fixture";

function columnsOf(collection: Uint8Array) {
  const dir = mkdtempSync(join(tmpdir(), "anki-cols-"));
  try {
    writeFileSync(join(dir, "c.db"), collection);
    const db = new Database(join(dir, "c.db"), { readonly: true });
    const tables = ["col", "notes", "cards", "revlog", "graves"].map((t) => [t, db.prepare(`PRAGMA table_info(${t})`).all()]);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name").pluck().all();
    const ver = db.prepare("SELECT ver FROM col").pluck().get();
    const csums = db.prepare("SELECT csum FROM notes ORDER BY id").pluck().all();
    db.close();
    return { tables, indexes, ver, csums };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("writeAnkiPackage", () => {
  it("round trips: write → read gives the same model, with and without history", async () => {
    const model = readAnkiPackage(await buildFixturePackage(standardFixture(), "anki21b"));
    expect(readAnkiPackage(writeAnkiPackage(model, { includeHistory: true }))).toEqual(model);
    expect(readAnkiPackage(writeAnkiPackage(model, { includeHistory: false }))).toEqual({ ...model, revlog: [] });
  });

  it("writes Anki's schema 11 exactly as the independent fixture writer does, with a JSON media map", async () => {
    const fixture = standardFixture();
    const model = readAnkiPackage(await buildFixturePackage(fixture, "anki2"));
    const files = unzipSync(writeAnkiPackage(model, { includeHistory: true }));
    expect(Object.keys(files).sort()).toEqual(["0", "1", "collection.anki2", "media"]);
    expect(JSON.parse(strFromU8(files.media))).toEqual({ 0: "gopher.png", 1: "gopher.mp3" });
    const ours = columnsOf(files["collection.anki2"]);
    const anki = columnsOf(writeFixtureCollection(fixture, 11));
    expect(ours).toEqual(anki);
  });
});
