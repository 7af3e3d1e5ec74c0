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
import { submitReviewFlow, undoReviewFlow } from "./review-flow";

export { CARD_STATE_COLUMNS, LOG_COLUMNS, cardState, stateParams, storedLog, type CardRow, type LogRow } from "./review-flow";

/** Runs `fn` in one synchronous write transaction, behind the connection's gate (see write-gate.ts). */
export async function inWriteTransaction<T>(access: SqliteAccess, fn: (sqlite: Database.Database) => T): Promise<T> {
  const sqlite = access.current ?? (await access.connection());
  return access.gate.run(() => sqlite.transaction(() => fn(sqlite)).immediate());
}

// Statements prepared once per connection: preparing is a large share of a small query's cost,
// and Prisma's adapter prepares afresh every time. The adapter turns on safe integers (BigInt)
// for its connection; our statements read plain numbers.
const prepared = new WeakMap<Database.Database, Map<string, Database.Statement>>();
function prepare(sqlite: Database.Database, step: Step): Database.Statement {
  let cache = prepared.get(sqlite);
  if (!cache) prepared.set(sqlite, (cache = new Map()));
  let s = cache.get(step.statement.key);
  if (!s) {
    s = sqlite.prepare(step.statement.text);
    if (s.reader) s.safeIntegers(false);
    cache.set(step.statement.key, s);
  }
  return s;
}

/** Runs one step of a flow on `sqlite`, synchronously. */
export function execSqlite(sqlite: Database.Database, step: Step): unknown {
  const s = prepare(sqlite, step);
  const params = Array.isArray(step.params) ? step.params : [step.params];
  if (step.op === "run") return { changes: s.run(...params).changes };
  return step.op === "get" ? s.get(...params) : s.all(...params);
}

/** Runs a writing flow in one synchronous transaction. */
export const writeSqlite = <T>(access: SqliteAccess, flow: () => Flow<T>): Promise<T> =>
  inWriteTransaction(access, (sqlite) => runFlowSync(flow(), (step) => execSqlite(sqlite, step)));

export const submitReviewSqlite = (access: SqliteAccess, userId: string, input: GradeInput, now: Date): Promise<ReviewResult> =>
  writeSqlite(access, () => submitReviewFlow(userId, input, now));

export const undoReviewSqlite = (access: SqliteAccess, userId: string, reviewId: string, now: Date): Promise<UndoResult> =>
  writeSqlite(access, () => undoReviewFlow(userId, reviewId, now));
