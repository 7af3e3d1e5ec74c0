import type { Db } from "../db";
import { preparedFor } from "../db/hot-path/prepared";
import { sqliteAccess } from "../db/sqlite-access";
import { postgresAccess } from "../db/postgres-access";
import { sessionTokenFromCookies, userIdFromSessionToken } from "./session-token";

const statements = preparedFor((sql) => ({ userExists: sql(`SELECT 1 AS "found" FROM "User" WHERE "id" = ?`) }));

/**
 * The signed-in user's id from a request's Cookie header, or null. A valid session for a user
 * that no longer exists (the database was reset) counts as signed out instead of failing
 * every query with a foreign key error. One implementation for every route, hot or not.
 */
export async function resolveUserId(db: Db, cookieHeader: string | null | undefined, secret: string): Promise<string | null> {
  const id = await userIdFromSessionToken(sessionTokenFromCookies(cookieHeader), secret);
  if (!id) return null;
  const sqlite = sqliteAccess(db);
  if (sqlite?.hotPath) {
    const connection = sqlite.current ?? (await sqlite.connection());
    return sqlite.gate.run(() => (statements(connection).userExists.get(id) ? id : null));
  }
  const postgres = postgresAccess(db);
  if (postgres?.hotPath) {
    const found = await postgres.pool.query({ name: "gobase_user_exists", text: `SELECT 1 AS "found" FROM "User" WHERE "id" = $1`, values: [id] });
    return found.rowCount ? id : null;
  }
  const user = await db.user.findUnique({ where: { id }, select: { id: true } });
  return user?.id ?? null;
}
