import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { resolveDatabaseUrl } from "./db-url";

export type Db = PrismaClient;

/** How long a writer waits for SQLite's lock before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * A Prisma client on the better-sqlite3 adapter. WAL mode is set once on the file by
 * `prepareDatabase` (it persists); the busy timeout is per connection, so it is set here.
 * Used directly by scripts and tests; the app imports `db` from db.server.ts.
 */
export function createPrismaClient(url: string = resolveDatabaseUrl()): Db {
  const adapter = new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}
