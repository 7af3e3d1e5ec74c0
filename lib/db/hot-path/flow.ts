// The hot path's storage steps are written once, as generators that yield the statements they
// need (review-flow.ts, queue-flow.ts, batch-flow.ts), and run by a driver per database:
// synchronously inside one better-sqlite3 transaction on SQLite (sqlite-exec.ts), and awaited on
// one pooled node-postgres client on PostgreSQL (postgres-exec.ts). So both databases run the
// same SQL and the same decisions between the statements; only the execution differs.

/** One SQL statement, written in the portable subset both databases share (see postgres-sql.ts). */
export type Statement = {
  /** unique among the hot path's statements: PostgreSQL prepares it under this name */
  key: string;
  /** the SQL, with `?` or `@name` placeholders, as SQLite runs it */
  text: string;
  /** the PostgreSQL text, where the portable subset does not reach (`$n` placeholders) */
  postgres?: string;
};

export type Params = readonly unknown[] | Readonly<Record<string, unknown>>;
export type Step = { op: "get" | "all" | "run"; statement: Statement; params: Params };
export type RunResult = { changes: number };
export type Flow<T> = Generator<Step, T, unknown>;

// A module evaluated again (dev reloads) defines the same texts again; only a different text under a taken key is a bug.
const texts = new Map<string, string>();
export function statement(key: string, text: string, postgres?: string): Statement {
  const both = `${text}\n${postgres ?? ""}`;
  if ((texts.get(key) ?? both) !== both) throw new Error(`hot-path statement ${key} is defined twice, with different SQL`);
  texts.set(key, both);
  return { key, text, postgres };
}

/** The first row, or undefined. Rows come back as SQLite returns them: dates as ISO text, booleans as 0/1, counts as numbers. */
export function* get<T>(statement: Statement, params: Params): Generator<Step, T | undefined, unknown> {
  return (yield { op: "get", statement, params }) as T | undefined;
}
export function* all<T>(statement: Statement, params: Params): Generator<Step, T[], unknown> {
  return (yield { op: "all", statement, params }) as T[];
}
export function* run(statement: Statement, params: Params): Generator<Step, RunResult, unknown> {
  return (yield { op: "run", statement, params }) as RunResult;
}

/**
 * A write found the row changed since the flow read it (a concurrent request on PostgreSQL got
 * there first): the transaction is rolled back and the flow runs again from the start. On
 * SQLite, where each flow runs alone, it cannot happen.
 */
export class ConcurrentChange extends Error {
  constructor(what: string) {
    super(`${what} changed concurrently`);
  }
}

export function runFlowSync<T>(flow: Flow<T>, exec: (step: Step) => unknown): T {
  let next = flow.next();
  while (!next.done) next = flow.next(exec(next.value));
  return next.value;
}

export async function runFlow<T>(flow: Flow<T>, exec: (step: Step) => Promise<unknown>): Promise<T> {
  let next = flow.next();
  while (!next.done) next = flow.next(await exec(next.value));
  return next.value;
}
