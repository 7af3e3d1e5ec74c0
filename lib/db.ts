import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { resolveDatabaseUrl } from "./db-url";
import { gatedSqliteFactory } from "./db/gated-sqlite-adapter";
import { registerSqliteAccess, SqliteAccess } from "./db/sqlite-access";

export type Db = PrismaClient;

/** How long a writer waits for SQLite's lock before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * A Prisma client. On SQLite: the better-sqlite3 adapter behind a write gate (see
 * lib/db/write-gate.ts), with its connection shared with the hot path. WAL mode is set once
 * on the file by `prepareDatabase` (it persists); the busy timeout is per connection, so it
 * is set here. Used directly by scripts and tests; the app imports `db` from db.server.ts.
 */
export function createPrismaClient(url: string = resolveDatabaseUrl(), options: { hotPath?: boolean } = {}): Db {
  if (!url.startsWith("file:")) {
    // Not SQLite: no gate and no hot path; PostgreSQL support brings its own adapter here.
    return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS }) });
  }
  const access = new SqliteAccess();
  access.hotPath = options.hotPath ?? true;
  const adapter = gatedSqliteFactory({ url, timeout: BUSY_TIMEOUT_MS }, access.gate, (connection) => {
    connection?.pragma("journal_mode = WAL");
    access.current = connection;
  });
  const db = new PrismaClient({ adapter });
  access.connect = () => db.$connect();
  registerSqliteAccess(db, access);
  return db;
}
