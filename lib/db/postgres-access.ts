import type pg from "pg";
import type { Db } from "../db";

/** The node-postgres pool under a Prisma client on PostgreSQL, shared with the hot path (lib/db/hot-path). */
export class PostgresAccess {
  /** Whether the review hot path serves this client; tests turn it off to exercise the Prisma path. */
  hotPath = true;
  private ended = false;
  constructor(readonly pool: pg.Pool) {}

  /** Closes the pool's connections (Prisma's $disconnect leaves a pool it was given open). Idempotent. */
  async end(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    await this.pool.end();
  }
}

const registry = new WeakMap<Db, PostgresAccess>();

export function registerPostgresAccess(db: Db, access: PostgresAccess): void {
  registry.set(db, access);
}

/** The PostgreSQL access of a client created by createPrismaClient, or undefined when it is not PostgreSQL. */
export function postgresAccess(db: Db): PostgresAccess | undefined {
  return registry.get(db);
}
