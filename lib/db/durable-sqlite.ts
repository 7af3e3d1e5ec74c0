import { chmodSync, existsSync } from "node:fs";
import type Database from "better-sqlite3";

/**
 * Per-connection durability. In WAL mode SQLite's default `synchronous=NORMAL` skips the fsync
 * at commit, so a power loss can drop the last commits, including a grade the client already
 * cleared from its queue. FULL syncs the WAL at every commit: an acknowledged write is on disk.
 */
export function applyDurabilityPragmas(connection: Database.Database): void {
  connection.pragma("synchronous = FULL");
}

/** The database and its WAL/shared-memory files readable by the app's user only (SQLite gives new WAL files the database's mode). */
export function restrictDatabaseFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
}
