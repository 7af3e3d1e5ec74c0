import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { standardFixture } from "../anki/test/anki-fixture-specs";
import { buildFixturePackage, notAnkiZip } from "../anki/test/write-anki-fixture";
import { AppError } from "../errors";
import { getJob } from "../jobs/get-job";
import { createUser } from "../test/fixtures";
import { createTestDb } from "../test/test-db";
import { importReportSchema } from "./import-report";
import { readMediaFile } from "./read-media-file";
import { removeStaleUploads, STALE_UPLOAD_MS } from "./remove-stale-uploads";
import { startImport } from "./start-import";

const t = createTestDb();
const db = t.db;
const dataDir = mkdtempSync(path.join(tmpdir(), "go-base-import-job-"));
afterAll(async () => {
  await t.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

const codeOf = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => (e instanceof AppError ? e.code : String(e)));

async function run(userId: string, fileName: string, bytes: Uint8Array, deck: string | null = null) {
  const { jobId, finished } = await startImport(db, userId, { fileName, bytes, deck }, dataDir);
  await finished;
  return getJob(db, userId, "import", jobId, importReportSchema);
}

describe("import jobs", () => {
  it("imports an .apkg in the background, reports, cleans its upload, and is the user's alone", async () => {
    const [user, other] = [await createUser(db), await createUser(db)];
    const { jobId, finished } = await startImport(db, user.id, { fileName: "go.apkg", bytes: await buildFixturePackage(standardFixture(), "anki21"), deck: null }, dataDir);
    expect(existsSync(path.join(dataDir, "imports", jobId))).toBe(true);
    await finished;
    const job = await getJob(db, user.id, "import", jobId, importReportSchema);
    expect(job).toMatchObject({ status: "done", progress: 1, result: { notes: 6, cards: { imported: 9, updated: 0, skipped: 0 }, reviews: 6, media: 2 } });
    expect(readdirSync(path.join(dataDir, "imports"))).not.toContain(jobId);
    // An upload an interrupted job left behind is removed after a day, a fresh one is kept.
    const dir = path.join(dataDir, "imports");
    writeFileSync(path.join(dir, "left-behind"), "x");
    writeFileSync(path.join(dir, "fresh"), "x");
    utimesSync(path.join(dir, "left-behind"), new Date(Date.now() - STALE_UPLOAD_MS - 60_000), new Date(Date.now() - STALE_UPLOAD_MS - 60_000));
    expect(removeStaleUploads(dir)).toBe(1);
    expect(readdirSync(dir)).toEqual(["fresh"]);
    expect(await codeOf(getJob(db, other.id, "import", jobId, importReportSchema))).toBe("NOT_FOUND");
    // Media: served to the owner, 404 to anyone else.
    const png = await db.mediaFile.findFirstOrThrow({ where: { userId: user.id, name: "gopher.png" } });
    expect((await readMediaFile(db, user.id, png.sha256, dataDir)).mime).toBe("image/png");
    expect(await codeOf(readMediaFile(db, other.id, png.sha256, dataDir))).toBe("NOT_FOUND");
    expect(await codeOf(readMediaFile(db, user.id, "../../etc/passwd", dataDir))).toBe("NOT_FOUND");
  });

  it("refuses the obvious mistakes at once, and fails the job with the code for deeper ones", async () => {
    const user = await createUser(db);
    expect(await codeOf(startImport(db, user.id, { fileName: "x.apkg", bytes: strToU8("hello"), deck: null }, dataDir))).toBe("ANKI_NOT_A_ZIP");
    expect(await codeOf(startImport(db, user.id, { fileName: "x.pdf", bytes: strToU8("%PDF"), deck: null }, dataDir))).toBe("IMPORT_FORMAT_UNKNOWN");
    expect(await codeOf(startImport(db, user.id, { fileName: "x.csv", bytes: Uint8Array.from([0xff, 0, 1]), deck: "D" }, dataDir))).toBe("CSV_INVALID");
    expect(await codeOf(startImport(db, user.id, { fileName: "x.csv", bytes: strToU8("front,back\nonly one column\n"), deck: "D" }, dataDir))).toBe("CSV_INVALID");
    expect(await codeOf(startImport(db, user.id, { fileName: "x.csv", bytes: strToU8("a,b\n"), deck: null }, dataDir))).toBe("INVALID_INPUT");
    const notAnki = await run(user.id, "x.apkg", notAnkiZip());
    expect(notAnki).toMatchObject({ status: "failed", result: null });
    expect(notAnki.error).toMatch(/^ANKI_NO_COLLECTION: /);
    expect(notAnki.errorCode).toBe("ANKI_NO_COLLECTION");
    const truncated = await buildFixturePackage(standardFixture(), "anki21b");
    const broken = await run(user.id, "x.colpkg", truncated.subarray(0, truncated.length / 2));
    expect(broken.error).toMatch(/^ANKI_NOT_A_ZIP: /);
    expect(broken.errorCode).toBe("ANKI_NOT_A_ZIP");
    const schema = await run(user.id, "x.apkg", zipSync({ "collection.anki2": strToU8("not sqlite at all, padded ".repeat(10)) }));
    expect(schema.error).toMatch(/^ANKI_/);
    expect(await db.card.count({ where: { ownerId: user.id } })).toBe(0);
  });

  it("imports CSV and Markdown decks into the chosen deck, by name or id", async () => {
    const user = await createUser(db);
    const csv = await run(user.id, "cards.csv", strToU8('front,back,tags\n"What is `nil`?","The zero value of pointers",go basics\n"A {{slice}} grows",,go\n'), "My CSV");
    expect(csv).toMatchObject({ status: "done", result: { cards: { imported: 2, updated: 0, skipped: 0 } } });
    const deck = await db.deck.findFirstOrThrow({ where: { userId: user.id, name: "My CSV" } });
    expect(await db.card.count({ where: { deckId: deck.id } })).toBe(2);
    expect(await db.cardTag.count({ where: { userId: user.id, tag: "basics" } })).toBe(1);
    const md = await run(user.id, "deck.md", strToU8("# Ignored name\n\nQ: What does `go` start?\nA: A goroutine\n\n---\n\nC: Channels {{block}} when full\nTags: chan\n"), deck.id);
    expect(md).toMatchObject({ status: "done", result: { cards: { imported: 2 } } });
    expect(await db.card.count({ where: { deckId: deck.id } })).toBe(4);
    // Without a deck field, the Markdown deck's own name is the deck.
    await run(user.id, "named.md", strToU8("# Named deck\n\nQ: q\nA: a\n"));
    expect(await db.deck.count({ where: { userId: user.id, name: "Named deck" } })).toBe(1);
  });
});
