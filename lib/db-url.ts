import { mkdirSync } from "node:fs";
import path from "node:path";
import { readBaseEnv } from "./env";

/**
 * The SQLite file the app uses: DATABASE_URL when set, else data/go-base.db under the
 * working directory. Relative file: urls are made absolute so the CLI, the server and the
 * tests agree on one file whatever their cwd; the folder is created if missing.
 */
export function resolveDatabaseUrl(source: NodeJS.ProcessEnv = process.env): string {
  const raw = readBaseEnv(source).DATABASE_URL ?? "file:./data/go-base.db";
  if (!raw.startsWith("file:")) return raw;
  const file = raw.slice("file:".length);
  if (file === ":memory:") return raw;
  const absolute = path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
  mkdirSync(path.dirname(absolute), { recursive: true });
  return `file:${absolute}`;
}

export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, "");
}
