import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readAnkiPackage } from "../anki/read-anki-package";
import { standardFixture } from "../anki/test/anki-fixture-specs";
import { buildFixturePackage } from "../anki/test/write-anki-fixture";
import { AppError } from "../errors";
import { startImport } from "../import/start-import";
import { createUser, seedContent } from "../test/fixtures";
import { createTestDb } from "../test/test-db";
import { parseCsvCards } from "../transfer/parse-csv-cards";
import { parseMarkdownDeck } from "../transfer/parse-markdown-deck";
import { exportDeckFile } from "./export-deck-file";
import { createCard } from "../cards/create-card";
import { getJob } from "../jobs/get-job";
import { importReportSchema } from "../import/import-report";

const t = createTestDb();
const db = t.db;
const dataDir = mkdtempSync(path.join(tmpdir(), "go-base-export-"));
afterAll(async () => {
  await t.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

async function importFile(userId: string, fileName: string, bytes: Uint8Array, deck: string | null = null) {
  const { finished } = await startImport(db, userId, { fileName, bytes, deck }, dataDir);
  await finished;
}

async function deckSnapshot(userId: string, deckName: string) {
  const deck = await db.deck.findFirstOrThrow({ where: { userId, name: deckName } });
  const cards = await db.card.findMany({ where: { deckId: deck.id }, include: { userCards: true, tags: true } });
  const reviews = await db.reviewLog.count({ where: { userId, cardId: { in: cards.map((c) => c.id) } } });
  const rows = cards.map((c) => ({
    type: c.type, text: c.searchText, tags: c.tags.map((x) => x.tag).sort(),
    state: c.userCards[0]?.state ?? 0, due: c.userCards[0]?.due.toISOString() ?? null, stability: c.userCards[0]?.stability.toFixed(6) ?? null,
  }));
  return { deck, rows: rows.sort((a, b) => a.text.localeCompare(b.text)), reviews };
}

const codeOf = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => (e instanceof AppError ? e.code : String(e)));

describe("deck export", () => {
  it("an .apkg export imported by another user gives the same cards, schedules, history and media", async () => {
    const [a, b] = [await createUser(db), await createUser(db)];
    await importFile(a.id, "go.apkg", await buildFixturePackage(standardFixture(), "anki21b"));
    const original = await deckSnapshot(a.id, "Default");
    const file = await exportDeckFile(db, a.id, "apkg", { deck: original.deck.id }, dataDir);
    expect(file.fileName).toBe("Default.apkg");
    const model = readAnkiPackage(file.body as Uint8Array);
    expect(model.media.map((m) => m.name)).toEqual([]);
    await importFile(b.id, "Default.apkg", file.body as Uint8Array);
    const copy = await deckSnapshot(b.id, "Default");
    expect(copy.rows).toEqual(original.rows);
    expect(copy.reviews).toBe(original.reviews);
    expect(original.reviews).toBeGreaterThan(0);

    // The deck with media: the files travel in the package and the copy owns them.
    const concurrency = await db.deck.findFirstOrThrow({ where: { userId: a.id, name: "Go::Concurrency" } });
    const withMedia = await exportDeckFile(db, a.id, "apkg", { deck: concurrency.id, history: "false" }, dataDir);
    expect(readAnkiPackage(withMedia.body as Uint8Array).media.map((m) => m.name).sort()).toEqual(["gopher.mp3", "gopher.png"]);
    await importFile(b.id, "c.apkg", withMedia.body as Uint8Array);
    expect(await db.mediaFile.count({ where: { userId: b.id } })).toBe(2);
    expect((await deckSnapshot(b.id, "Go::Concurrency")).rows.map((r) => r.text)).toEqual((await deckSnapshot(a.id, "Go::Concurrency")).rows.map((r) => r.text));
  });

  it("an .apkg export imported back into the same account changes nothing", async () => {
    const user = await createUser(db);
    await importFile(user.id, "go.apkg", await buildFixturePackage(standardFixture(), "anki21b"));
    const deck = await db.deck.findFirstOrThrow({ where: { userId: user.id, name: "Default" } });
    await createCard(db, user.id, { deckId: deck.id, source: { type: "cloze", text: "A `{{chan}}` carries values\n\n```go\nch <- v\n```", explanation: "" }, tags: ["mine"] });
    const before = await db.card.findMany({ where: { ownerId: user.id }, orderBy: { id: "asc" }, include: { userCards: true, tags: true } });
    const reviews = await db.reviewLog.count({ where: { userId: user.id } });
    const file = await exportDeckFile(db, user.id, "apkg", { deck: deck.id }, dataDir);
    const { jobId, finished } = await startImport(db, user.id, { fileName: "Default.apkg", bytes: file.body as Uint8Array, deck: null }, dataDir);
    await finished;
    const job = await getJob(db, user.id, "import", jobId, importReportSchema);
    expect(job.result).toMatchObject({ cards: { imported: 0, updated: 7, skipped: 0 }, reviews: 0 });
    const after = await db.card.findMany({ where: { ownerId: user.id }, orderBy: { id: "asc" }, include: { userCards: true, tags: true } });
    expect(after).toEqual(before);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(reviews);
  });

  it("exports CSV and Markdown that import back, and built-in chapters too; another user's deck is 404", async () => {
    await seedContent(db, 3);
    const [a, b] = [await createUser(db), await createUser(db)];
    await importFile(a.id, "go.apkg", await buildFixturePackage(standardFixture(), "anki21"));
    const deck = await db.deck.findFirstOrThrow({ where: { userId: a.id, name: "Default" } });
    const csv = await exportDeckFile(db, a.id, "csv", { deck: deck.id }, dataDir);
    expect(parseCsvCards(csv.body as string)).toHaveLength(await db.card.count({ where: { deckId: deck.id } }));
    const md = await exportDeckFile(db, a.id, "markdown", { deck: deck.id }, dataDir);
    expect(parseMarkdownDeck(md.body as string).name).toBe("Default");
    await importFile(b.id, "d.md", new TextEncoder().encode(md.body as string));
    expect((await deckSnapshot(b.id, "Default")).rows.map((r) => r.text)).toEqual((await deckSnapshot(a.id, "Default")).rows.map((r) => r.text));

    const chapter = await db.chapter.findFirstOrThrow();
    const builtIn = await exportDeckFile(db, b.id, "apkg", { deck: chapter.id }, dataDir);
    expect(readAnkiPackage(builtIn.body as Uint8Array).notes).toHaveLength(3);
    expect(await codeOf(exportDeckFile(db, b.id, "csv", { deck: deck.id }, dataDir))).toBe("NOT_FOUND");
    expect(await codeOf(exportDeckFile(db, b.id, "csv", {}, dataDir))).toBe("INVALID_INPUT");
  });
});
