import type { Db } from "../db";
import { sqliteAccess } from "../db/sqlite-access";
import { toSqlDate } from "../db/hot-path/sqlite-values";
import { CardState } from "./vocabulary";

const DAY_MS = 86_400_000;

/** SQLite: day offsets from julianday, dates as the adapter stores them (ISO text). */
export const SQLITE_DUE_LOAD = `SELECT CAST(julianday("due") - julianday(?) AS INTEGER) AS "offset", COUNT(*) AS "count"
  FROM "UserCard" WHERE "userId" = ? AND "state" = ${CardState.Review} AND "suspended" = FALSE AND "due" >= ? AND "due" < ? GROUP BY 1`;
// PostgreSQL: Prisma stores DateTime as timestamp(3) in UTC; an ISO text cast to timestamp keeps the UTC wall time.
export const POSTGRES_DUE_LOAD = `SELECT FLOOR(EXTRACT(EPOCH FROM ("due" - $1::timestamp)) / 86400)::int AS "offset", COUNT(*)::int AS "count"
  FROM "UserCard" WHERE "userId" = $2 AND "state" = ${CardState.Review} AND "suspended" = false AND "due" >= $3::timestamp AND "due" < $4::timestamp GROUP BY 1`;

/** The bounds of the grouped due-count query: from the start of day `from` to the end of day `to`, both counted from the user's day start. */
export function dueLoadWindow(dayStart: Date, from: number, to: number) {
  return { start: dayStart, from: new Date(dayStart.getTime() + from * DAY_MS), to: new Date(dayStart.getTime() + (to + 1) * DAY_MS) };
}

/** Turns grouped rows into one count per day `from..to` (days with no row count 0). */
export function countsByDay(rows: readonly { offset: number | bigint; count: number | bigint }[], from: number, to: number): number[] {
  const counts = Array.from({ length: to - from + 1 }, () => 0);
  for (const row of rows) {
    const i = Number(row.offset) - from;
    if (i >= 0 && i < counts.length) counts[i] += Number(row.count);
  }
  return counts;
}

/**
 * How many of the user's review cards fall due on each of their days `from..to` (counted
 * from `dayStart`, their local midnight today), in one grouped query. Days are 24 h steps
 * from today's midnight: across a DST change a card near midnight may count for the
 * neighbouring day, which only nudges the balance. The SQLite hot path runs SQLITE_DUE_LOAD
 * inside its write transaction instead.
 */
export async function readDueLoad(db: Db, userId: string, dayStart: Date, from: number, to: number): Promise<number[]> {
  const w = dueLoadWindow(dayStart, from, to);
  const rows = sqliteAccess(db)
    ? await db.$queryRawUnsafe<{ offset: number | bigint; count: number | bigint }[]>(SQLITE_DUE_LOAD, toSqlDate(w.start), userId, toSqlDate(w.from), toSqlDate(w.to))
    : await db.$queryRawUnsafe<{ offset: number; count: number }[]>(POSTGRES_DUE_LOAD, w.start.toISOString(), userId, w.from.toISOString(), w.to.toISOString());
  return countsByDay(rows, from, to);
}
