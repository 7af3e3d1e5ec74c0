// Grading and undo on SQLite (review-flow.ts): each request's flow runs in one synchronous
// `BEGIN IMMEDIATE` transaction on the Prisma client's own better-sqlite3 connection, behind its
// gate (write-gate.ts). A second connection would deadlock: a synchronous busy-wait blocks the
// event loop that must commit Prisma's open transaction.
import type Database from "better-sqlite3";
import type { GradeInput } from "../../review/grade-card";
import type { ReviewResult } from "../../review/review-log-json";
import type { UndoResult } from "../../review/rollback-review";
import type { SqliteAccess } from "../sqlite-access";
import { runFlowSync, type Flow, type Step } from "./flow";
import { prepared } from "./prepared";
import { submitReviewFlow, undoReviewFlow } from "./review-flow";

export { CARD_STATE_COLUMNS, LOG_COLUMNS, cardState, stateParams, storedLog, type CardRow, type LogRow } from "./review-flow";

/** Runs `fn` in one synchronous write transaction, behind the connection's gate (see write-gate.ts). */
export async function inWriteTransaction<T>(access: SqliteAccess, fn: (sqlite: Database.Database) => T): Promise<T> {
  const sqlite = access.current ?? (await access.connection());
  return access.gate.run(() => sqlite.transaction(() => fn(sqlite)).immediate());
}

/** Runs one step of a flow on `sqlite`, synchronously. */
export function execSqlite(sqlite: Database.Database, step: Step): unknown {
  const s = prepared(sqlite, step.statement.text);
  const params = Array.isArray(step.params) ? step.params : [step.params];
  if (step.op === "run") return { changes: s.run(...params).changes };
  return step.op === "get" ? s.get(...params) : s.all(...params);
}

/** Runs a read-only flow in one synchronous step behind the connection's gate, so no write lands between its reads. */
export async function readSqlite<T>(access: SqliteAccess, flow: () => Flow<T>): Promise<T> {
  const sqlite = access.current ?? (await access.connection());
  return access.gate.run(() => runFlowSync(flow(), (step) => execSqlite(sqlite, step)));
}

/** Runs a writing flow in one synchronous transaction. */
export const writeSqlite = <T>(access: SqliteAccess, flow: () => Flow<T>): Promise<T> =>
  inWriteTransaction(access, (sqlite) => runFlowSync(flow(), (step) => execSqlite(sqlite, step)));

export const submitReviewSqlite = (access: SqliteAccess, userId: string, input: GradeInput, now: Date): Promise<ReviewResult> =>
  writeSqlite(access, () => submitReviewFlow(userId, input, now));

export const undoReviewSqlite = (access: SqliteAccess, userId: string, reviewId: string, now: Date): Promise<UndoResult> =>
  writeSqlite(access, () => undoReviewFlow(userId, reviewId, now));
