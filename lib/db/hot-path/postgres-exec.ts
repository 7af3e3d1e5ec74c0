// Runs hot-path flows (flow.ts) on PostgreSQL: each statement as a named prepared statement on
// one pooled client (node-postgres parses it once per connection), rows converted to the shapes
// SQLite returns so that the flows' row handling is shared, and writes in one transaction that
// is retried when a concurrent request got there first.
import pg from "pg";
import { AppError } from "../../errors";
import type { PostgresAccess } from "../postgres-access";
import { ConcurrentChange, runFlow, type Flow, type Step } from "./flow";
import { postgresQuery } from "./postgres-sql";

const { builtins } = pg.types;
// Per query, so Prisma's own queries on the same pool keep their parsers.
const ROW_TYPES = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    // timestamp(3) holds UTC wall time (Prisma's mapping): read it as the ISO text SQLite stores
    if (oid === builtins.TIMESTAMP) return (text: string) => `${text.replace(" ", "T")}Z`;
    if (oid === builtins.BOOL) return (text: string) => (text === "t" ? 1 : 0);
    if (oid === builtins.INT8) return (text: string) => Number(text); // COUNT(*)
    return pg.types.getTypeParser(oid, format ?? "text");
  }) as pg.CustomTypesConfig["getTypeParser"],
};

/** Runs one step of a flow on `client`. */
export async function execPostgres(client: pg.PoolClient, step: Step): Promise<unknown> {
  const { text, values } = postgresQuery(step.statement, step.params);
  const result = await client.query({ name: `gobase_${step.statement.key}`, text, values, types: ROW_TYPES });
  if (step.op === "run") return { changes: result.rowCount ?? 0 };
  return step.op === "get" ? result.rows[0] : result.rows;
}

/** Runs a read-only flow on one pooled client (no transaction: each statement reads committed rows). */
export async function readPostgres<T>(access: PostgresAccess, flow: () => Flow<T>): Promise<T> {
  const client = await access.pool.connect();
  try {
    return await runFlow(flow(), (step) => execPostgres(client, step));
  } finally {
    client.release();
  }
}

const MAX_ATTEMPTS = 4;
// unique_violation (the same reviewId, or the same new card, committed by another request),
// serialization_failure, deadlock_detected
const RETRYABLE_CODES = new Set(["23505", "40001", "40P01"]);
const retryable = (error: unknown) => error instanceof ConcurrentChange || RETRYABLE_CODES.has((error as { code?: string }).code ?? "");

/**
 * Runs a writing flow in one transaction. When a concurrent request wrote first (a unique key
 * taken, a row changed under an optimistic check), it rolls back and runs the flow again from
 * the start, which then sees what the other request committed; after four tries: CARD_BUSY.
 */
export async function writePostgres<T>(access: PostgresAccess, flow: () => Flow<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await access.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query("BEGIN");
      const result = await runFlow(flow(), (step) => execPostgres(client, step));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      try {
        await client.query("ROLLBACK");
      } catch (rollbackError) {
        broken = rollbackError as Error; // a connection that cannot roll back must not go back to the pool
      }
      if (!retryable(error)) throw error;
      if (attempt >= MAX_ATTEMPTS) throw new AppError("CARD_BUSY", "this card is being reviewed elsewhere; try again");
    } finally {
      client.release(broken);
    }
  }
}
