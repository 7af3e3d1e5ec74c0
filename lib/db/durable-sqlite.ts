import { chmodSync, existsSync } from "node:fs";
import type Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/**
 * Per-connection durability. In WAL mode SQLite's default `synchronous=NORMAL` skips the fsync
 * at commit, so a power loss can drop the last commits, including a grade the client already
 * cleared from its queue. FULL syncs the WAL at every commit: an acknowledged write is on disk.
 */
export function applyDurabilityPragmas(connection: Database.Database): void {
  connection.pragma("synchronous = FULL");
}

/** Prisma's better-sqlite3 adapter with the durability pragmas set on the connection it opens. */
export function durableSqliteFactory(config: ConstructorParameters<typeof PrismaBetterSQLite3>[0]): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaBetterSQLite3(config);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      const adapter = await inner.connect();
      // The adapter keeps its better-sqlite3 connection as `client`.
      applyDurabilityPragmas((adapter as unknown as { client: Database.Database }).client);
      return adapter;
    },
    connectToShadowDb: () => inner.connectToShadowDb(),
  };
}

/** The database and its WAL/shared-memory files readable by the app's user only (SQLite gives new WAL files the database's mode). */
export function restrictDatabaseFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
}
