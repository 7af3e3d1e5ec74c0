import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prepareAnkiImport } from "../anki/prepare-anki-import";
import { readAnkiPackage } from "../anki/read-anki-package";
import { largeFixture } from "../anki/test/anki-fixture-specs";
import { buildFixturePackage } from "../anki/test/write-anki-fixture";
import { snapshotFromSettings } from "../review/scheduler";
import { getSettings } from "../settings/get-settings";
import { createUser } from "../test/fixtures";
import { createTestDb, testDatabaseKind } from "../test/test-db";
import { importAnki } from "./import-anki";

const t = createTestDb();
const db = t.db;
const dataDir = mkdtempSync(path.join(tmpdir(), "go-base-import-large-"));
afterAll(async () => {
  await t.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("a 20,000-note import", () => {
  it("writes every card, schedule and review in one transaction, and a re-import adds nothing", { timeout: 600_000 }, async () => {
    // PostgreSQL writes through Prisma's createMany (~2 min for 20,000 notes on a loaded 2-core
    // machine): its pass checks the same path on 2,000 to keep npm test under 30 minutes.
    const n = testDatabaseKind() === "postgres" ? 2_000 : 20_000;
    const user = await createUser(db);
    const prepared = await prepareAnkiImport(readAnkiPackage(await buildFixturePackage(largeFixture(n), "anki21b")), snapshotFromSettings(await getSettings(db, user.id)));
    const started = performance.now();
    const report = await importAnki(db, user.id, prepared, { dataDir });
    const written = performance.now();
    expect(report).toMatchObject({ notes: n, cards: { imported: n, updated: 0, skipped: 0 }, reviews: 2 * n });
    expect(await db.card.count({ where: { ownerId: user.id } })).toBe(n);
    expect(await db.userCard.count({ where: { userId: user.id } })).toBe(n);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(2 * n);
    const again = await importAnki(db, user.id, prepared, { dataDir });
    expect(again).toMatchObject({ cards: { imported: 0, updated: n, skipped: 0 }, reviews: 0 });
    expect(await db.card.count({ where: { ownerId: user.id } })).toBe(n);
    // Figures for the record, not a verdict.
    console.log(`20k notes: first import wrote in ${(written - started).toFixed(0)} ms, the re-import in ${(performance.now() - written).toFixed(0)} ms`);
  });
});
