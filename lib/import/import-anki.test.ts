import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prepareAnkiImport } from "../anki/prepare-anki-import";
import { readAnkiPackage } from "../anki/read-anki-package";
import { standardFixture } from "../anki/test/anki-fixture-specs";
import { buildFixturePackage, type FixtureCollection } from "../anki/test/write-anki-fixture";
import { snapshotFromSettings } from "../review/scheduler";
import { getSettings } from "../settings/get-settings";
import { createUser } from "../test/fixtures";
import { createTestDb } from "../test/test-db";
import { importAnki, importKeyOf } from "./import-anki";
import { importedReviewId } from "./review-log-id";

const t = createTestDb();
const db = t.db;
const dataDir = mkdtempSync(path.join(tmpdir(), "go-base-import-"));
afterAll(async () => {
  await t.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

async function prepare(userId: string, fixture: FixtureCollection = standardFixture()) {
  const model = readAnkiPackage(await buildFixturePackage(fixture, "anki21b"));
  return prepareAnkiImport(model, snapshotFromSettings(await getSettings(db, userId)));
}

async function counts(userId: string) {
  const [cards, userCards, reviews, tags, decks, media] = await Promise.all([
    db.card.count({ where: { ownerId: userId } }),
    db.userCard.count({ where: { userId } }),
    db.reviewLog.count({ where: { userId } }),
    db.cardTag.count({ where: { userId } }),
    db.deck.count({ where: { userId } }),
    db.mediaFile.count({ where: { userId } }),
  ]);
  return { cards, userCards, reviews, tags, decks, media };
}

describe("importAnki", () => {
  it("writes decks, cards, replayed schedules, history, tags and media for the user", async () => {
    const user = await createUser(db);
    const report = await importAnki(db, user.id, await prepare(user.id), { dataDir });
    expect(report).toMatchObject({ notes: 6, cards: { imported: 9, updated: 0, skipped: 0 }, reviews: 6, media: 2 });
    expect(await counts(user.id)).toEqual({ cards: 9, userCards: 1, reviews: 6, tags: 5, decks: 2, media: 2 });
    const decks = await db.deck.findMany({ where: { userId: user.id }, orderBy: { name: "asc" } });
    expect(decks.map((d) => d.name)).toEqual(["Default", "Go::Concurrency"]);

    const reviewed = await db.card.findFirstOrThrow({ where: { ownerId: user.id, importKey: "basicGuid1:0" }, include: { userCards: true, tags: true } });
    expect(reviewed.type).toBe("basic");
    expect(reviewed.searchText).toContain("defer");
    expect(reviewed.userCards[0]).toMatchObject({ state: 2, reps: 6, lapses: 1 });
    expect(reviewed.tags.map((t) => t.tag).sort()).toEqual(["defer", "go"]);
    const cloze = await db.card.findMany({ where: { ownerId: user.id, importKey: { startsWith: "clozeGuid5:" } } });
    expect(cloze.map((c) => c.type)).toEqual(["cloze", "cloze"]);

    // Media: stored by hash under data/media, the card points at /api/media/<hash>, the user owns it.
    const vocab = await db.card.findFirstOrThrow({ where: { ownerId: user.id, importKey: "vocabGuid6:0" } });
    const png = await db.mediaFile.findFirstOrThrow({ where: { userId: user.id, name: "gopher.png" } });
    expect(png.mime).toBe("image/png");
    expect(vocab.rendered).toContain(`/api/media/${png.sha256}`);
    expect(readFileSync(path.join(dataDir, "media", png.sha256))[0]).toBe(0x89);
    const log = await db.reviewLog.findFirstOrThrow({ where: { userId: user.id }, orderBy: { review: "desc" } });
    expect(log.rating).toBe(4);
    expect(JSON.parse(log.cardAfter)).toMatchObject({ cardId: reviewed.id, state: "Review" });
  });

  it("re-importing updates by note guid: no duplicates, same counts, changed text applied", async () => {
    const user = await createUser(db);
    const first = await importAnki(db, user.id, await prepare(user.id), { dataDir });
    const before = await counts(user.id);
    const changed = standardFixture();
    changed.notes[1].fields[1] = "a function running concurrently, cheaply";
    const again = await importAnki(db, user.id, await prepare(user.id, changed), { dataDir });
    expect(again).toMatchObject({ notes: first.notes, cards: { imported: 0, updated: 9, skipped: 0 }, reviews: 0, media: 2 });
    expect(await counts(user.id)).toEqual(before);
    const card = await db.card.findFirstOrThrow({ where: { ownerId: user.id, importKey: "revGuid2:0" } });
    expect(card.searchText).toContain("cheaply");
  });

  it("keeps go-base reviews made since the last import", async () => {
    const user = await createUser(db);
    await importAnki(db, user.id, await prepare(user.id), { dataDir });
    const card = await db.card.findFirstOrThrow({ where: { ownerId: user.id, importKey: "basicGuid1:0" }, include: { userCards: true } });
    const mine = await db.reviewLog.findFirstOrThrow({ where: { cardId: card.id } });
    await db.reviewLog.create({ data: { ...mine, id: "00000000-0000-4000-8000-000000000001", review: new Date() } });
    await db.userCard.update({ where: { id: card.userCards[0].id }, data: { reps: 99 } });
    const again = await importAnki(db, user.id, await prepare(user.id), { dataDir });
    expect(again.skipped.some((s) => s.noteGuid === "basicGuid1" && /reviewed in go-base/.test(s.reason))).toBe(true);
    expect((await db.userCard.findFirstOrThrow({ where: { cardId: card.id } })).reps).toBe(99);
  });

  it("a failure while writing leaves nothing imported", async () => {
    const user = await createUser(db);
    const other = await createUser(db);
    const prepared = await prepare(user.id);
    // Another row already holds the id of the last review this import writes: its insert fails.
    const reviewed = prepared.cards.find((c) => c.replay.reviews.length > 0)!;
    const clash = importedReviewId(user.id, importKeyOf(reviewed), reviewed.replay.reviews.at(-1)!.ankiRevlogId);
    await db.reviewLog.create({
      data: {
        id: clash, userId: other.id, cardId: "a-card-of-theirs", rating: 3, state: 0, due: new Date(), stability: 0, difficulty: 0, elapsedDays: 0, lastElapsedDays: 0,
        scheduledDays: 0, learningSteps: 0, review: new Date(), prevDue: new Date(), scheduler: "{}", cardAfter: "{}", day: "2026-01-01",
      },
    });
    await expect(importAnki(db, user.id, prepared, { dataDir })).rejects.toThrow(/unique/i);
    expect(await counts(user.id)).toEqual({ cards: 0, userCards: 0, reviews: 0, tags: 0, decks: 0, media: 0 });
  });

  it("media belong to the user who imported them", async () => {
    const [a, b] = [await createUser(db), await createUser(db)];
    await importAnki(db, a.id, await prepare(a.id), { dataDir });
    expect(await db.mediaFile.count({ where: { userId: b.id } })).toBe(0);
    await importAnki(db, b.id, await prepare(b.id), { dataDir });
    expect(await db.mediaFile.count({ where: { userId: b.id } })).toBe(2);
    const files = await db.mediaFile.findMany({ where: { userId: b.id } });
    expect(files.every((f) => existsSync(path.join(dataDir, "media", f.sha256)))).toBe(true);
  });
});
