// Runs hot-path flows (flow.ts) on SQLite: each flow in one synchronous step on the Prisma client's
// own better-sqlite3 connection, behind its gate (write-gate.ts), writes in one `BEGIN IMMEDIATE`
// transaction. A second connection would deadlock: a synchronous busy-wait blocks the event loop
// that must commit Prisma's open transaction.
import type Database from "better-sqlite3";
import type { SqliteAccess } from "../sqlite-access";
import { runFlowSync, type Flow, type Step } from "./flow";

// Statements are prepared once per connection and reused: preparing is a large share of a small
// query's cost, and Prisma's adapter prepares afresh every time. The adapter turns on safe
// integers (BigInt) for its connection; our statements read plain numbers.
const prepared = new WeakMap<Database.Database, Map<string, Database.Statement>>();
function prepare(sqlite: Database.Database, text: string): Database.Statement {
  let cache = prepared.get(sqlite);
  if (!cache) prepared.set(sqlite, (cache = new Map()));
  let statement = cache.get(text);
  if (!statement) {
    statement = sqlite.prepare(text);
    if (statement.reader) statement.safeIntegers(false);
    cache.set(text, statement);
  }
  return statement;
}

/** Runs `fn` in one synchronous write transaction, behind the connection's gate (see write-gate.ts). */
export async function inWriteTransaction<T>(access: SqliteAccess, fn: (sqlite: Database.Database) => T): Promise<T> {
  const sqlite = access.current ?? (await access.connection());
  return access.gate.run(() => sqlite.transaction(() => fn(sqlite)).immediate());
}

/** Runs one step of a flow on `sqlite`, synchronously. */
export function execSqlite(sqlite: Database.Database, step: Step): unknown {
  const s = prepare(sqlite, step.statement.text);
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
