import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { closeDatabase, createPrismaClient, type Db } from "../db";
import { databaseUrl, dropDatabase } from "./postgres-test-db";

const MIGRATIONS = path.resolve(process.cwd(), "prisma/migrations");

export type TestDb = { db: Db; url: string; cleanup: () => Promise<void> };

/**
 * A real database with the committed migrations applied, fresh for each test file: a SQLite
 * file in a temp folder, or, when TEST_DATABASE_URL points at a PostgreSQL server (as in CI's
 * second run of the integration suite), a new database on that server, dropped afterwards.
 */
/**
 * `hotPath: false` makes the client skip the prepared-statement hot path (lib/db/hot-path), so a
 * test can compare both paths, on SQLite and on PostgreSQL.
 */
export function createTestDb(options: { hotPath?: boolean } = {}): TestDb {
  const server = process.env.TEST_DATABASE_URL;
  return server ? createPostgresTestDb(server, options) : createSqliteTestDb(options);
}

/** Which database the integration tests run on, for tests that only make sense on one. */
export const testDatabaseKind = (): "postgres" | "sqlite" => (process.env.TEST_DATABASE_URL ? "postgres" : "sqlite");

/** Always SQLite, whatever TEST_DATABASE_URL says: for tests of the SQLite adapter itself. */
export function createSqliteTestDb(options: { hotPath?: boolean } = {}): TestDb {
  const dir = mkdtempSync(path.join(tmpdir(), "go-base-test-"));
  const file = path.join(dir, "test.db");
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  // Applying the SQL files directly is what `prisma migrate deploy` does, without a subprocess.
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

function createPostgresTestDb(server: string, options: { hotPath?: boolean }): TestDb {
  const name = `gobase_test_${randomBytes(6).toString("hex")}`;
  // a child process keeps this function synchronous, like the SQLite one
  execFileSync(process.execPath, ["--import", "tsx", path.resolve(process.cwd(), "lib/test/postgres-test-db.ts"), server, name], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = databaseUrl(server, name);
  const db = createPrismaClient(url, options);
  return {
    db,
    url,
    cleanup: async () => {
      await closeDatabase(db);
      await dropDatabase(server, name);
    },
  };
}
