import type Database from "better-sqlite3";
import type { Db } from "../db";
import { WriteGate } from "./write-gate";

/** The SQLite connection under a Prisma client and the gate every use of it goes through. */
export class SqliteAccess {
  readonly gate = new WriteGate();
  current: Database.Database | null = null;
  /** Whether the review hot path (lib/db/hot-path) serves this client; tests turn it off to exercise the Prisma path. */
  hotPath = true;
  /** Set by createPrismaClient: opens the client's connection (Prisma connects lazily). */
  connect: () => Promise<void> = async () => {};

  async connection(): Promise<Database.Database> {
    if (!this.current) await this.connect();
    if (!this.current) throw new Error("the Prisma client did not open its SQLite connection");
    return this.current;
  }
}

const registry = new WeakMap<Db, SqliteAccess>();

export function registerSqliteAccess(db: Db, access: SqliteAccess): void {
  registry.set(db, access);
}

/** The SQLite access of a client created by createPrismaClient, or undefined when it is not SQLite. */
export function sqliteAccess(db: Db): SqliteAccess | undefined {
  return registry.get(db);
}
