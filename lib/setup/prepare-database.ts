import { execFileSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { sqliteFilePath } from "../db-url";
import { restrictDatabaseFiles } from "../db/durable-sqlite";

const prismaBin = path.resolve(process.cwd(), "node_modules/.bin/prisma");

/**
 * Applies committed migrations (never `migrate dev`, which needs a native engine here) and
 * switches SQLite to WAL, which persists in the file: readers no longer block the writer. The
 * files are made 0600 (owner only).
 */
export function prepareDatabase(url: string, options: { quiet?: boolean } = {}): void {
  execFileSync(prismaBin, ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: options.quiet ? "pipe" : ["ignore", "inherit", "inherit"],
  });
  if (url.startsWith("file:")) {
    const sqlite = new Database(sqliteFilePath(url));
    try {
      sqlite.pragma("journal_mode = WAL");
    } finally {
      sqlite.close();
    }
    restrictDatabaseFiles(sqliteFilePath(url));
  }
}
