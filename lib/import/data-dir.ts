import path from "node:path";
import { isPostgresUrl, resolveDatabaseUrl, sqliteFilePath } from "../db-url";

/**
 * Where the app keeps files beside its database: media under media/, uploads waiting for an
 * import job under imports/. On SQLite it is the database file's folder (data/ by default, or
 * wherever DATABASE_URL puts the file); on PostgreSQL it is data/ under the working directory.
 */
export function resolveDataDir(source: NodeJS.ProcessEnv = process.env): string {
  const url = resolveDatabaseUrl(source);
  if (isPostgresUrl(url) || url === "file::memory:") return path.resolve(/*turbopackIgnore: true*/ process.cwd(), "data");
  return path.dirname(sqliteFilePath(url));
}

export const mediaDir = (dataDir: string) => path.join(dataDir, "media");
export const uploadsDir = (dataDir: string) => path.join(dataDir, "imports");
