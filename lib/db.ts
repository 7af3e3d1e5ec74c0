import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma-pg/client";
import { isPostgresUrl, resolveDatabaseUrl } from "./db-url";
import { durableSqliteFactory } from "./db/durable-sqlite";

/**
 * The app's client type. Both generated clients come from the same models (the PostgreSQL
 * schema is derived from the SQLite one), so the SQLite client's type describes both.
 */
export type Db = PrismaClient;

/** How long a writer waits for SQLite's lock before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

/** Connections per app instance on PostgreSQL (the pool is shared by all requests). */
export const POSTGRES_POOL_SIZE = 10;

/**
 * A Prisma client for the database URL: better-sqlite3 for `file:` URLs (WAL is set once on the
 * file by `prepareDatabase`; the busy timeout and synchronous=FULL are per connection, so they
 * are set here), node-postgres
 * for `postgresql://` URLs. Used directly by scripts and tests; the app imports `db` from
 * db.server.ts.
 */
export function createPrismaClient(url: string = resolveDatabaseUrl()): Db {
  if (isPostgresUrl(url)) {
    const adapter = new PrismaPg({ connectionString: url, max: POSTGRES_POOL_SIZE });
    return new PostgresPrismaClient({ adapter }) as unknown as Db;
  }
  const adapter = durableSqliteFactory({ url, timeout: BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}
