import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createPrismaClient, type Db } from "../db";

const MIGRATIONS = path.resolve(process.cwd(), "prisma/migrations");

/**
 * A real SQLite file database with the committed migrations applied, in a fresh temp folder.
 * Applying the SQL files directly is what `prisma migrate deploy` does, without a
 * subprocess per test file.
 */
export function createTestDb(options: { hotPath?: boolean } = {}): { db: Db; url: string; cleanup: () => Promise<void> } {
  const dir = mkdtempSync(path.join(tmpdir(), "go-base-test-"));
  const file = path.join(dir, "test.db");
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  for (const name of readdirSync(MIGRATIONS).filter((n) => !n.endsWith(".toml")).sort()) {
    sqlite.exec(readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));
  }
  sqlite.close();
  const url = `file:${file}`;
  const db = createPrismaClient(url, options);
  return {
    db,
    url,
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
