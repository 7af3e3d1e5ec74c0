import type { Db } from "../db";
import { get, statement, type Flow } from "../db/hot-path/flow";
import { readPostgres } from "../db/hot-path/postgres-exec";
import { readSqlite } from "../db/hot-path/sqlite-exec";
import { postgresAccess } from "../db/postgres-access";
import { sqliteAccess } from "../db/sqlite-access";
import { sessionTokenFromCookies, userIdFromSessionToken } from "./session-token";

const userExists = statement("user_exists", `SELECT 1 AS "found" FROM "User" WHERE "id" = ?`);

function* existingUserFlow(id: string): Flow<string | null> {
  return (yield* get(userExists, [id])) ? id : null;
}

/**
 * The signed-in user's id from a request's Cookie header, or null. A valid session for a user
 * that no longer exists (the database was reset) counts as signed out instead of failing
 * every query with a foreign key error. One implementation for every route, hot or not: every
 * request asks, so it runs on the hot path's drivers where they serve the client.
 */
export async function resolveUserId(db: Db, cookieHeader: string | null | undefined, secret: string): Promise<string | null> {
  const id = await userIdFromSessionToken(sessionTokenFromCookies(cookieHeader), secret);
  if (!id) return null;
  const sqlite = sqliteAccess(db);
  if (sqlite?.hotPath) return readSqlite(sqlite, () => existingUserFlow(id));
  const postgres = postgresAccess(db);
  if (postgres?.hotPath) return readPostgres(postgres, () => existingUserFlow(id));
  const user = await db.user.findUnique({ where: { id }, select: { id: true } });
  return user?.id ?? null;
}
