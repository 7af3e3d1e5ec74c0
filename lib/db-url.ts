import { chmodSync, mkdirSync } from "node:fs";
import path from "node:path";
import { readBaseEnv } from "./env";

/**
 * The SQLite file the app uses: DATABASE_URL when set, else data/go-base.db under the
 * working directory. Relative file: urls are made absolute so the CLI, the server and the
 * tests agree on one file whatever their cwd; the folder is created if missing.
 */
export function resolveDatabaseUrl(source: NodeJS.ProcessEnv = process.env): string {
  const configured = readBaseEnv(source).DATABASE_URL;
  const raw = configured ?? "file:./data/go-base.db";
  if (!raw.startsWith("file:")) return raw;
  const file = raw.slice("file:".length);
  if (file === ":memory:") return raw;
  const absolute = path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
  // Only the app's user may read the database folder. A folder we create is 0700; the default
  // data/ is tightened even if it exists (a folder named in DATABASE_URL is the operator's).
  const created = mkdirSync(path.dirname(absolute), { recursive: true, mode: 0o700 });
  if (created || !configured) {
    try {
      chmodSync(path.dirname(absolute), 0o700);
    } catch {
      // Not ours to change (another owner): leave it to the operator.
    }
  }
  return `file:${absolute}`;
}

/** PostgreSQL when the URL says so (postgres:// or postgresql://); SQLite otherwise. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, "");
}
