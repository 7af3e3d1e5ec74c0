import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../db";
import { resolveDatabaseUrl, sqliteFilePath } from "../db-url";
import { prepareDatabase } from "../setup/prepare-database";
import { testDatabaseKind } from "../test/test-db";

const scratch = mkdtempSync(path.join(tmpdir(), "go-base-durability-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.runIf(testDatabaseKind() === "sqlite")("durable SQLite", () => {
  it("creates the database folder 0700 and the database files 0600, and every connection syncs at commit (synchronous=FULL)", async () => {
    const url = resolveDatabaseUrl({ ...process.env, DATABASE_URL: `file:${path.join(scratch, "data", "app.db")}` });
    expect(statSync(path.join(scratch, "data")).mode & 0o777).toBe(0o700);
    prepareDatabase(url, { quiet: true });
    const db = createPrismaClient(url);
    try {
      await db.user.count(); // opens the connection (and the WAL files)
      const [{ synchronous }] = await db.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
      expect(Number(synchronous)).toBe(2); // FULL
      const [{ journal_mode }] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      expect(journal_mode).toBe("wal");
      for (const suffix of ["", "-wal", "-shm"]) {
        expect(statSync(sqliteFilePath(url) + suffix).mode & 0o777, `db${suffix}`).toBe(0o600);
      }
    } finally {
      await db.$disconnect();
    }
  });
});
