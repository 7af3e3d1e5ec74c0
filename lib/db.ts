import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma-pg/client";
import { isPostgresUrl, resolveDatabaseUrl } from "./db-url";
import { applyDurabilityPragmas } from "./db/durable-sqlite";
import { gatedSqliteFactory } from "./db/gated-sqlite-adapter";
import { registerSqliteAccess, SqliteAccess } from "./db/sqlite-access";
import { PostgresAccess, postgresAccess, registerPostgresAccess } from "./db/postgres-access";

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
 * How long a transaction may wait for a pooled connection, and run. Prisma's 2 s default wait
 * refused grades ("Unable to start a transaction in the given time") when a burst of concurrent
 * grades outnumbered the pool on a loaded 2-core machine; a grade should queue, not fail.
 */
export const POSTGRES_TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 } as const;

/**
 * A Prisma client for the database URL. On PostgreSQL (`postgresql://`): node-postgres with one
 * pool, shared by Prisma and the hot path (no gate: PostgreSQL isolates transactions itself;
 * the pool closes with `closeDatabase`, not with Prisma's $disconnect). On SQLite: the
 * better-sqlite3 adapter behind a write gate (see lib/db/write-gate.ts), with its connection
 * shared with the hot path. WAL mode is set once on the file by `prepareDatabase` (it
 * persists); the busy timeout and synchronous=FULL are per connection, so they are set here.
 * Used directly by scripts and tests; the app imports `db` from db.server.ts.
 */
export function createPrismaClient(url: string = resolveDatabaseUrl(), options: { hotPath?: boolean } = {}): Db {
  if (isPostgresUrl(url)) {
    // allowExitOnIdle: a script's process ends once its work is done, without closing the pool.
    const pool = new pg.Pool({ connectionString: url, max: POSTGRES_POOL_SIZE, allowExitOnIdle: true });
    // A connection the server drops (a restart, a dropped test database) must not crash the process; the pool replaces it.
    pool.on("error", () => {});
    const access = new PostgresAccess(pool);
    access.hotPath = options.hotPath ?? true;
    const db = new PostgresPrismaClient({ adapter: new PrismaPg(pool), transactionOptions: POSTGRES_TRANSACTION_OPTIONS }) as unknown as Db;
    registerPostgresAccess(db, access);
    return db;
  }
  const access = new SqliteAccess();
  access.hotPath = options.hotPath ?? true;
  const adapter = gatedSqliteFactory({ url, timeout: BUSY_TIMEOUT_MS }, access.gate, (connection) => {
    if (connection) {
      connection.pragma("journal_mode = WAL");
      applyDurabilityPragmas(connection);
    }
    access.current = connection;
  });
  const db = new PrismaClient({ adapter });
  access.connect = () => db.$connect();
  registerSqliteAccess(db, access);
  return db;
}

/** Disconnects the client and, on PostgreSQL, closes the pool it shares with the hot path. */
export async function closeDatabase(db: Db): Promise<void> {
  await db.$disconnect();
  await postgresAccess(db)?.end();
}
