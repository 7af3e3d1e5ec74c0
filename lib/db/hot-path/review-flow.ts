// Grading and undo on the hot path: one read (the card, the user's settings and the user's row
// for the card joined), then the writes, in one transaction, as flows (flow.ts) that SQLite and
// PostgreSQL run alike. Why: through Prisma's JS engine a review took ~6 ms of CPU (query
// compiler, result mapping, a fresh prepare per statement); prepared here it takes a fraction
// of a millisecond (docs/decisions/0007-review-hot-path.md). The domain decisions stay in
// lib/review (gradeCard, rollbackReview, replayKnownReview), shared with the Prisma path.
import { randomUUID } from "node:crypto";
import { AppError } from "../../errors";
import { detectLeech, LEECH_TAG } from "../../review/detect-leech";
import { toLeechSettings } from "../../settings/leech-settings";
import { SETTINGS_SQL_COLUMNS, toUserSettingsFromSqlite } from "../../settings/get-settings";
import type { CardStateRow } from "../../review/card-state";
import { balanceGrade } from "../../review/balance-grade";
import { gradeCard, type GradeInput, type GradedCard } from "../../review/grade-card";
import { countsByDay, dueLoadWindow, POSTGRES_DUE_LOAD, SQLITE_DUE_LOAD } from "../../review/read-due-load";
import { startOfDay } from "../../time/day";
import { replayKnownReview, type Tombstone } from "../../review/replay-review";
import type { ReviewResult, StoredLog } from "../../review/review-log-json";
import { rollbackReview, undoResultSchema, type UndoResult } from "../../review/rollback-review";
import { readJsonColumn } from "../json-column";
import { all, ConcurrentChange, get, run, statement, type Flow } from "./flow";
import { fromSqlDate, fromSqlDateOrNull, toSqlDate, toSqlDateOrNull } from "./sqlite-values";

export const LOG_COLUMNS = `"id", "userId", "cardId", "rating", "state", "due", "stability", "difficulty", "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", "review", "prevDue", "durationMs", "scheduler", "cardAfter", "chosenDue", "day"`;
export const CARD_STATE_COLUMNS = `"state", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "lastReview"`;
const SETTINGS_COLUMNS = SETTINGS_SQL_COLUMNS.join(", ");

const S = {
  dueLoad: statement("review_due_load", SQLITE_DUE_LOAD, POSTGRES_DUE_LOAD),
  log: statement("review_log", `SELECT ${LOG_COLUMNS}, "createdAt" FROM "ReviewLog" WHERE "id" = ?`),
  tombstone: statement("review_tombstone", `SELECT "userId", "cardId", "rating", "response" FROM "ReviewTombstone" WHERE "id" = ?`),
  // The card, the user's settings and the user's row for the card in one read.
  context: statement(
    "review_context",
    `SELECT c."retiredAt" AS "retiredAt", c."ownerId" AS "ownerId", s."leechThreshold" AS "leechThreshold", s."leechAction" AS "leechAction", ${SETTINGS_COLUMNS.split(", ").map((col) => `s.${col} AS ${col}`).join(", ")},
      uc."id" AS "ucId", uc."suspended" AS "suspended", uc."introducedAt" AS "introducedAt", ${CARD_STATE_COLUMNS.split(", ").map((col) => `uc.${col} AS "uc_${col.slice(1, -1)}"`).join(", ")}
    FROM "Card" c
    LEFT JOIN "Settings" s ON s."userId" = @userId
    LEFT JOIN "UserCard" uc ON uc."userId" = @userId AND uc."cardId" = c."id"
    WHERE c."id" = @cardId`,
  ),
  // Users from before settings existed get the defaults, as getSettings does; none for a deleted user.
  backfillSettings: statement(
    "review_backfill_settings",
    `INSERT INTO "Settings" ("userId", "updatedAt") SELECT "id", ? FROM "User" WHERE "id" = ? ON CONFLICT DO NOTHING`,
    `INSERT INTO "Settings" ("userId", "updatedAt") SELECT "id", $1::timestamp FROM "User" WHERE "id" = $2 ON CONFLICT DO NOTHING`,
  ),
  insertLog: statement("review_insert_log", `INSERT INTO "ReviewLog" (${LOG_COLUMNS}, "createdAt") VALUES (${LOG_COLUMNS.split(", ").map(() => "?").join(", ")}, ?)`),
  insertCard: statement(
    "review_insert_card",
    `INSERT INTO "UserCard" ("id", "userId", "cardId", ${CARD_STATE_COLUMNS}, "introducedAt", "suspended", "buriedUntil", "updatedAt")
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, NULL, ?)`,
  ),
  tagCard: statement("review_tag_card", `INSERT INTO "CardTag" ("userId", "cardId", "tag") VALUES (?, ?, ?) ON CONFLICT DO NOTHING`),
  suspendCard: statement("review_suspend_card", `UPDATE "UserCard" SET "suspended" = TRUE WHERE "userId" = ? AND "cardId" = ?`),
  // "reps" = the reps read: on PostgreSQL a concurrent grade of the card may have committed since.
  gradeCard: statement(
    "review_grade_card",
    `UPDATE "UserCard" SET "state" = ?, "due" = ?, "stability" = ?, "difficulty" = ?, "elapsedDays" = ?, "scheduledDays" = ?, "learningSteps" = ?,
    "reps" = ?, "lapses" = ?, "lastReview" = ?, "introducedAt" = COALESCE("introducedAt", ?), "buriedUntil" = NULL, "updatedAt" = ? WHERE "id" = ? AND "reps" = ?`,
  ),
  latestOfCard: statement("review_latest_of_card", `SELECT "id" FROM "ReviewLog" WHERE "userId" = ? AND "cardId" = ? ORDER BY "review" DESC, "createdAt" DESC LIMIT 1`),
  userCard: statement("review_user_card", `SELECT "id", ${CARD_STATE_COLUMNS} FROM "UserCard" WHERE "userId" = ? AND "cardId" = ?`),
  deleteLog: statement("review_delete_log", `DELETE FROM "ReviewLog" WHERE "id" = ?`),
  insertTombstone: statement("review_insert_tombstone", `INSERT INTO "ReviewTombstone" ("id", "userId", "cardId", "rating", "response", "undoneAt") VALUES (?, ?, ?, ?, ?, ?)`),
  restoreCard: statement(
    "review_restore_card",
    `UPDATE "UserCard" SET "state" = ?, "due" = ?, "stability" = ?, "difficulty" = ?, "elapsedDays" = ?, "scheduledDays" = ?, "learningSteps" = ?,
    "reps" = ?, "lapses" = ?, "lastReview" = ?, "introducedAt" = CASE WHEN ? THEN NULL ELSE "introducedAt" END, "updatedAt" = ? WHERE "id" = ? AND "reps" = ?`,
  ),
};

/** The statements the offline batch (batch-flow.ts) shares with a single review. */
export { S as REVIEW_STATEMENTS };

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
/** The parameters of REVIEW_STATEMENTS.insertLog for `log`, written at `stamp`. */
export const logParams = (userId: string, log: GradedCard["log"], stamp: string) => [
  log.id, userId, log.cardId, log.rating, log.state, toSqlDate(log.due), log.stability, log.difficulty, log.elapsedDays, log.lastElapsedDays,
  log.scheduledDays, log.learningSteps, toSqlDate(log.review), toSqlDate(log.prevDue), log.durationMs, log.scheduler, log.cardAfter, toSqlDateOrNull(log.chosenDue ?? null), log.day, stamp,
];
export const stateParams = (s: CardStateRow) => [s.state, toSqlDate(s.due), s.stability, s.difficulty, s.elapsedDays, s.scheduledDays, s.learningSteps, s.reps, s.lapses, toSqlDateOrNull(s.lastReview)];

export function* submitReviewFlow(userId: string, input: GradeInput, now: Date): Flow<ReviewResult> {
  const existing = yield* get<LogRow>(S.log, [input.reviewId]);
  const tombstone = existing ? null : ((yield* get<Tombstone>(S.tombstone, [input.reviewId])) ?? null);
  const known = replayKnownReview(userId, input, existing ? storedLog(existing) : null, tombstone);
  if (known) return known;
  const context = { userId, cardId: input.cardId };
  let ctx = yield* get<Record<string, unknown>>(S.context, context);
  // Another user's own card is as unknown as a missing one.
  if (!ctx || (ctx.ownerId !== null && ctx.ownerId !== userId)) throw AppError.notFound("card");
  if (ctx.timezone === null && (yield* run(S.backfillSettings, [toSqlDate(now), userId])).changes > 0) ctx = (yield* get<Record<string, unknown>>(S.context, context))!;
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
    const rows = yield* all<{ offset: number; count: number }>(S.dueLoad, [toSqlDate(w.start), userId, toSqlDate(w.from), toSqlDate(w.to)]);
    graded = balanceGrade(graded, countsByDay(rows, graded.balance.minIvl, graded.balance.maxIvl), settings, now);
  }
  const { after, log, result } = graded;
  const stamp = toSqlDate(now);
  yield* run(S.insertLog, logParams(userId, log, stamp));
  if (!before) yield* run(S.insertCard, [randomUUID(), userId, input.cardId, ...stateParams(after), stamp, stamp]);
  else if ((yield* run(S.gradeCard, [...stateParams(after), stamp, stamp, ctx.ucId, before.reps])).changes === 0) throw new ConcurrentChange("the card");
  const leech = detectLeech(before?.lapses ?? 0, after.lapses, toLeechSettings(ctx as { leechThreshold: number; leechAction: string }));
  if (!leech) return result;
  yield* run(S.tagCard, [userId, input.cardId, LEECH_TAG]);
  if (leech.suspended) yield* run(S.suspendCard, [userId, input.cardId]);
  return { ...result, leech };
}

export function* undoReviewFlow(userId: string, reviewId: string, now: Date): Flow<UndoResult> {
  const row = yield* get<LogRow>(S.log, [reviewId]);
  if (!row) {
    const tombstone = yield* get<Tombstone & { response: string }>(S.tombstone, [reviewId]);
    if (tombstone?.userId === userId) return readJsonColumn(undoResultSchema, tombstone.response, "ReviewTombstone.response");
    throw AppError.notFound("review");
  }
  if (row.userId !== userId) throw AppError.notFound("review");
  const latest = yield* get<{ id: string }>(S.latestOfCard, [userId, row.cardId]);
  if (latest?.id !== reviewId) throw new AppError("NOT_LATEST", "only the latest review of a card can be undone");
  const card = yield* get<CardRow & { id: string }>(S.userCard, [userId, row.cardId]);
  if (!card) throw AppError.notFound("card");
  const { restored, wasNew, result } = rollbackReview(cardState(card), storedLog(row));
  // On PostgreSQL a concurrent undo of the same id, or a grade of the card, may have committed since the reads: start again.
  if ((yield* run(S.deleteLog, [reviewId])).changes === 0) throw new ConcurrentChange("the review");
  yield* run(S.insertTombstone, [reviewId, userId, row.cardId, row.rating, JSON.stringify(result), toSqlDate(now)]);
  if ((yield* run(S.restoreCard, [...stateParams(restored), wasNew ? 1 : 0, toSqlDate(now), card.id, card.reps])).changes === 0) throw new ConcurrentChange("the card");
  return result;
}
