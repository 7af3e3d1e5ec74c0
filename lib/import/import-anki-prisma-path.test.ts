import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prepareAnkiImport } from "../anki/prepare-anki-import";
import { readAnkiPackage } from "../anki/read-anki-package";
import { standardFixture } from "../anki/test/anki-fixture-specs";
import { buildFixturePackage } from "../anki/test/write-anki-fixture";
import { snapshotFromSettings } from "../review/scheduler";
import { getSettings } from "../settings/get-settings";
import { createUser } from "../test/fixtures";
import { createTestDb } from "../test/test-db";
import { importAnki, importKeyOf } from "./import-anki";
import { importedReviewId } from "./review-log-id";

// The batch-transaction path PostgreSQL takes, run on SQLite with the hot path off.
const t = createTestDb({ hotPath: false });
const db = t.db;
const dataDir = mkdtempSync(path.join(tmpdir(), "go-base-import-prisma-"));
afterAll(async () => {
  await t.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

const count = async (userId: string) => [await db.card.count({ where: { ownerId: userId } }), await db.userCard.count({ where: { userId } }), await db.reviewLog.count({ where: { userId } }), await db.deck.count({ where: { userId } })];

describe("importAnki through Prisma's batch transaction", () => {
  it("imports, re-imports without duplicates, and rolls back a failed write", async () => {
    const [user, other] = [await createUser(db), await createUser(db)];
    const prepare = async (fixture = standardFixture()) => prepareAnkiImport(readAnkiPackage(await buildFixturePackage(fixture, "anki2")), snapshotFromSettings(await getSettings(db, user.id)));
    const first = await importAnki(db, user.id, await prepare(), { dataDir });
    expect(first).toMatchObject({ notes: 6, cards: { imported: 9, updated: 0 }, reviews: 6 });
    const changed = standardFixture();
    changed.notes[0].fields[1] = "Deferred calls run last-in first-out";
    expect(await importAnki(db, user.id, await prepare(changed), { dataDir })).toMatchObject({ cards: { imported: 0, updated: 9 }, reviews: 0 });
    expect(await count(user.id)).toEqual([9, 1, 6, 2]);
    expect((await db.card.findFirstOrThrow({ where: { ownerId: user.id, importKey: "basicGuid1:0" } })).searchText).toContain("last-in first-out");

    const prepared = await prepareAnkiImport(readAnkiPackage(await buildFixturePackage(standardFixture(), "anki2")), snapshotFromSettings(await getSettings(db, other.id)));
    const reviewed = prepared.cards.find((c) => c.replay.reviews.length > 0)!;
    const clash = importedReviewId(other.id, importKeyOf(reviewed), reviewed.replay.reviews.at(-1)!.ankiRevlogId);
    await db.reviewLog.create({
      data: { id: clash, userId: user.id, cardId: "x", rating: 3, state: 0, due: new Date(), stability: 0, difficulty: 0, elapsedDays: 0, lastElapsedDays: 0, scheduledDays: 0, learningSteps: 0, review: new Date(), prevDue: new Date(), scheduler: "{}", cardAfter: "{}", day: "2026-01-01" },
    });
    await expect(importAnki(db, other.id, prepared, { dataDir })).rejects.toThrow();
    expect(await count(other.id)).toEqual([0, 0, 0, 0]);
  });
});
