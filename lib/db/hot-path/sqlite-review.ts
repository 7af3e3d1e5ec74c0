// The review hot path on SQLite: grading and undo as prepared statements on the Prisma
// client's own better-sqlite3 connection, each request in one synchronous transaction.
// Why: through Prisma's JS engine a review took ~6 ms of CPU (query compiler, result mapping,
// a fresh prepare per statement); the same SQL here takes a fraction of a millisecond (see
// docs/decisions/0007-review-hot-path.md). The domain logic stays in lib/review (gradeCard,
// rollbackReview, replayKnownReview), shared with the portable Prisma path.
import { randomUUID } from "node:crypto";
import type Database from "better-sqlite3";
import { AppError } from "../../errors";
import { detectLeech, LEECH_TAG } from "../../review/detect-leech";
import { toLeechSettings } from "../../settings/leech-settings";
import { SETTINGS_SQL_COLUMNS, toUserSettingsFromSqlite } from "../../settings/get-settings";
import type { CardStateRow } from "../../review/card-state";
import { balanceGrade } from "../../review/balance-grade";
import { gradeCard, type GradeInput } from "../../review/grade-card";
import { countsByDay, dueLoadWindow, SQLITE_DUE_LOAD } from "../../review/read-due-load";
import { startOfDay } from "../../time/day";
import { replayKnownReview, type Tombstone } from "../../review/replay-review";
import type { ReviewResult, StoredLog } from "../../review/review-log-json";
import { rollbackReview, undoResultSchema, type UndoResult } from "../../review/rollback-review";
import { readJsonColumn } from "../json-column";
import type { SqliteAccess } from "../sqlite-access";
import { preparedFor } from "./prepared";
import { fromSqlDate, fromSqlDateOrNull, toSqlDate, toSqlDateOrNull } from "./sqlite-values";

export const LOG_COLUMNS = `"id", "userId", "cardId", "rating", "state", "due", "stability", "difficulty", "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", "review", "prevDue", "durationMs", "scheduler", "cardAfter", "chosenDue", "day"`;
export const CARD_STATE_COLUMNS = `"state", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "lastReview"`;
const SETTINGS_COLUMNS = SETTINGS_SQL_COLUMNS.join(", ");

const statements = preparedFor((sql) => ({
  dueLoad: sql(SQLITE_DUE_LOAD),
  log: sql(`SELECT ${LOG_COLUMNS}, "createdAt" FROM "ReviewLog" WHERE "id" = ?`),
  tombstone: sql(`SELECT "userId", "cardId", "rating", "response" FROM "ReviewTombstone" WHERE "id" = ?`),
  // The card, the user's settings and the user's row for the card in one read.
  context: sql(`SELECT c."retiredAt" AS "retiredAt", c."ownerId" AS "ownerId", s."leechThreshold" AS "leechThreshold", s."leechAction" AS "leechAction", ${SETTINGS_COLUMNS.split(", ").map((col) => `s.${col} AS ${col}`).join(", ")},
      uc."id" AS "ucId", uc."suspended" AS "suspended", uc."introducedAt" AS "introducedAt", ${CARD_STATE_COLUMNS.split(", ").map((col) => `uc.${col} AS "uc_${col.slice(1, -1)}"`).join(", ")}
    FROM "Card" c
    LEFT JOIN "Settings" s ON s."userId" = @userId
    LEFT JOIN "UserCard" uc ON uc."userId" = @userId AND uc."cardId" = c."id"
    WHERE c."id" = @cardId`),
  // Users from before settings existed get the defaults, as getSettings does; none for a deleted user.
  backfillSettings: sql(`INSERT INTO "Settings" ("userId", "updatedAt") SELECT "id", ? FROM "User" WHERE "id" = ? ON CONFLICT DO NOTHING`),
  insertLog: sql(`INSERT INTO "ReviewLog" (${LOG_COLUMNS}, "createdAt") VALUES (${LOG_COLUMNS.split(", ").map(() => "?").join(", ")}, ?)`),
  insertCard: sql(`INSERT INTO "UserCard" ("id", "userId", "cardId", ${CARD_STATE_COLUMNS}, "introducedAt", "suspended", "buriedUntil", "updatedAt")
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, ?)`),
  tagCard: sql(`INSERT INTO "CardTag" ("userId", "cardId", "tag") VALUES (?, ?, ?) ON CONFLICT DO NOTHING`),
  suspendCard: sql(`UPDATE "UserCard" SET "suspended" = 1 WHERE "userId" = ? AND "cardId" = ?`),
  gradeCard: sql(`UPDATE "UserCard" SET "state" = ?, "due" = ?, "stability" = ?, "difficulty" = ?, "elapsedDays" = ?, "scheduledDays" = ?, "learningSteps" = ?,
    "reps" = ?, "lapses" = ?, "lastReview" = ?, "introducedAt" = COALESCE("introducedAt", ?), "buriedUntil" = NULL, "updatedAt" = ? WHERE "id" = ?`),
  latestOfCard: sql(`SELECT "id" FROM "ReviewLog" WHERE "userId" = ? AND "cardId" = ? ORDER BY "review" DESC, "createdAt" DESC LIMIT 1`),
  userCard: sql(`SELECT "id", ${CARD_STATE_COLUMNS} FROM "UserCard" WHERE "userId" = ? AND "cardId" = ?`),
  deleteLog: sql(`DELETE FROM "ReviewLog" WHERE "id" = ?`),
  insertTombstone: sql(`INSERT INTO "ReviewTombstone" ("id", "userId", "cardId", "rating", "response", "undoneAt") VALUES (?, ?, ?, ?, ?, ?)`),
  restoreCard: sql(`UPDATE "UserCard" SET "state" = ?, "due" = ?, "stability" = ?, "difficulty" = ?, "elapsedDays" = ?, "scheduledDays" = ?, "learningSteps" = ?,
    "reps" = ?, "lapses" = ?, "lastReview" = ?, "introducedAt" = CASE WHEN ? THEN NULL ELSE "introducedAt" END, "updatedAt" = ? WHERE "id" = ?`),
}));

export type LogRow = Omit<StoredLog, "due" | "review" | "chosenDue"> & { due: string; review: string; prevDue: string; chosenDue: string | null; day: string; createdAt: string };
export type CardRow = { state: number; due: string; stability: number; difficulty: number; elapsedDays: number; scheduledDays: number; learningSteps: number; reps: number; lapses: number; lastReview: string | null };

export const storedLog = (row: LogRow): StoredLog & { prevDue: Date } => ({
  ...row,
  due: fromSqlDate(row.due),
  review: fromSqlDate(row.review),
  prevDue: fromSqlDate(row.prevDue),
  chosenDue: fromSqlDateOrNull(row.chosenDue),
});
export const cardState = (row: CardRow): CardStateRow => ({ ...row, due: fromSqlDate(row.due), lastReview: fromSqlDateOrNull(row.lastReview) });
export const stateParams = (s: CardStateRow) => [s.state, toSqlDate(s.due), s.stability, s.difficulty, s.elapsedDays, s.scheduledDays, s.learningSteps, s.reps, s.lapses, toSqlDateOrNull(s.lastReview)];

/** Runs `fn` in one synchronous write transaction, behind the connection's gate (see write-gate.ts). */
export async function inWriteTransaction<T>(access: SqliteAccess, fn: (sqlite: Database.Database) => T): Promise<T> {
  const sqlite = access.current ?? (await access.connection());
  return access.gate.run(() => sqlite.transaction(() => fn(sqlite)).immediate());
}

export function submitReviewSqlite(access: SqliteAccess, userId: string, input: GradeInput, now: Date): Promise<ReviewResult> {
  return inWriteTransaction(access, (sqlite) => {
    const q = statements(sqlite);
    const existing = q.log.get(input.reviewId) as LogRow | undefined;
    const tombstone = existing ? null : ((q.tombstone.get(input.reviewId) as Tombstone | undefined) ?? null);
    const known = replayKnownReview(userId, input, existing ? storedLog(existing) : null, tombstone);
    if (known) return known;
    let ctx = q.context.get({ userId, cardId: input.cardId }) as Record<string, unknown> | undefined;
    // Another user's own card is as unknown as a missing one.
    if (!ctx || (ctx.ownerId !== null && ctx.ownerId !== userId)) throw AppError.notFound("card");
    if (ctx.timezone === null && q.backfillSettings.run(toSqlDate(now), userId).changes > 0) ctx = q.context.get({ userId, cardId: input.cardId }) as Record<string, unknown>;
    if (ctx.timezone === null) throw new AppError("UNAUTHORIZED", "sign in first");
    if (ctx.retiredAt !== null) throw new AppError("CARD_RETIRED", "this card was retired from the content");
    if (ctx.suspended === 1) throw new AppError("CARD_SUSPENDED", "this card is suspended; unsuspend it to review");
    // Through the same reader as getSettings: adopted FSRS weights parsed, stored values sanitized.
    const settings = toUserSettingsFromSqlite(ctx);
    const before = ctx.ucId === null ? null : cardState(Object.fromEntries(Object.entries(ctx).flatMap(([k, v]) => (k.startsWith("uc_") ? [[k.slice(3), v]] : []))) as CardRow);
    let graded = gradeCard(userId, input, before, settings, now);
    if (graded.balance) {
      // Load balancing: the due counts of the fuzz range's days, one grouped query.
      const w = dueLoadWindow(startOfDay(now, settings.timezone), graded.balance.minIvl, graded.balance.maxIvl);
      const rows = q.dueLoad.all(toSqlDate(w.start), userId, toSqlDate(w.from), toSqlDate(w.to)) as { offset: number; count: number }[];
      graded = balanceGrade(graded, countsByDay(rows, graded.balance.minIvl, graded.balance.maxIvl), settings, now);
    }
    const { after, log, result } = graded;
    const stamp = toSqlDate(now);
    q.insertLog.run(log.id, userId, log.cardId, log.rating, log.state, toSqlDate(log.due), log.stability, log.difficulty, log.elapsedDays, log.lastElapsedDays, log.scheduledDays, log.learningSteps, toSqlDate(log.review), toSqlDate(log.prevDue), log.durationMs, log.scheduler, log.cardAfter, toSqlDateOrNull(log.chosenDue), log.day, stamp);
    if (ctx.ucId === null) q.insertCard.run(randomUUID(), userId, input.cardId, ...stateParams(after), stamp, stamp);
    else q.gradeCard.run(...stateParams(after), stamp, stamp, ctx.ucId);
    const leech = detectLeech(before?.lapses ?? 0, after.lapses, toLeechSettings(ctx as { leechThreshold: number; leechAction: string }));
    if (!leech) return result;
    q.tagCard.run(userId, input.cardId, LEECH_TAG);
    if (leech.suspended) q.suspendCard.run(userId, input.cardId);
    return { ...result, leech };
  });
}

export function undoReviewSqlite(access: SqliteAccess, userId: string, reviewId: string, now: Date): Promise<UndoResult> {
  return inWriteTransaction(access, (sqlite) => {
    const q = statements(sqlite);
    const row = q.log.get(reviewId) as LogRow | undefined;
    if (!row) {
      const tombstone = q.tombstone.get(reviewId) as (Tombstone & { response: string }) | undefined;
      if (tombstone?.userId === userId) return readJsonColumn(undoResultSchema, tombstone.response, "ReviewTombstone.response");
      throw AppError.notFound("review");
    }
    if (row.userId !== userId) throw AppError.notFound("review");
    const latest = q.latestOfCard.get(userId, row.cardId) as { id: string };
    if (latest.id !== reviewId) throw new AppError("NOT_LATEST", "only the latest review of a card can be undone");
    const card = q.userCard.get(userId, row.cardId) as (CardRow & { id: string }) | undefined;
    if (!card) throw AppError.notFound("card");
    const { restored, wasNew, result } = rollbackReview(cardState(card), storedLog(row));
    q.deleteLog.run(reviewId);
    q.insertTombstone.run(reviewId, userId, row.cardId, row.rating, JSON.stringify(result), toSqlDate(now));
    q.restoreCard.run(...stateParams(restored), wasNew ? 1 : 0, toSqlDate(now), card.id);
    return result;
  });
}
