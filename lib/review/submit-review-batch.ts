import type { Db } from "../db";
import { submitBatchPostgres } from "../db/hot-path/postgres-batch";
import { submitBatchSqlite } from "../db/hot-path/sqlite-batch";
import { postgresAccess } from "../db/postgres-access";
import { sqliteAccess } from "../db/sqlite-access";
import { parseInput } from "../errors";
import { getSettings } from "../settings/get-settings";
import { getLeechSettings } from "../settings/leech-settings";
import { batchInputSchema, type TimedGrade } from "./batch-schemas";
import type { BatchOutcome } from "./batch-outcome";
import { submitBatchPrisma } from "./submit-batch-prisma";

export type { BatchOutcome } from "./batch-outcome";

/**
 * Applies grades made offline (up to 500), in review-time order, each at its own review time.
 * Idempotent per reviewId: a grade already applied answers `duplicate`. A grade older than
 * its card's latest review is inserted into the log and the card is rebuilt by replaying its
 * history in time order, so devices that synced in any order end with the same state.
 * A grade from a device whose clock runs ahead counts as made now: nothing is scheduled from
 * the future. On the hot path, SQLite runs the whole batch in one synchronous transaction and
 * PostgreSQL each grade in its own (lib/db/hot-path/batch-flow.ts).
 */
export async function submitReviewBatch(db: Db, userId: string, input: unknown, now: Date = new Date()): Promise<{ results: BatchOutcome[] }> {
  const { grades } = parseInput(batchInputSchema, input);
  const timed: TimedGrade[] = grades
    .map((g) => ({ ...g, reviewedAt: new Date(Math.min(Date.parse(g.reviewedAt), now.getTime())) }))
    .sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  const [settings, leech] = await Promise.all([getSettings(db, userId), getLeechSettings(db, userId)]);
  const sqlite = sqliteAccess(db);
  if (sqlite?.hotPath) return { results: await submitBatchSqlite(sqlite, userId, timed, settings, leech, now) };
  const postgres = postgresAccess(db);
  if (postgres?.hotPath) return { results: await submitBatchPostgres(postgres, userId, timed, settings, leech, now) };
  return { results: await submitBatchPrisma(db, userId, timed, settings, leech, now) };
}
