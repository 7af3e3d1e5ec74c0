import { afterAll, describe, expect, it } from "vitest";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlQuery } from "@prisma/driver-adapter-utils";
import { createSqliteTestDb } from "../test/test-db";
import { gatedSqliteFactory } from "./gated-sqlite-adapter";
import { WriteGate } from "./write-gate";

// The write gate wraps the SQLite adapter: this file runs on SQLite in both database passes.
const t = createSqliteTestDb();
afterAll(() => t.cleanup());

const sql = (text: string): SqlQuery => ({ sql: text, args: [], argTypes: [] });
const insertChapter = (id: string) => sql(`INSERT INTO "Chapter" ("id", "title", "summary", "seedHeading", "order") VALUES ('${id}', 't', 's', 'h', 1)`);

/**
 * What Prisma does for a batch transaction that fails (BEGIN, a statement, ROLLBACK), with
 * another request's single-statement write issued while it is open. Returns which of the
 * two writes survived.
 */
async function raceRollback(adapter: SqlDriverAdapter, prefix: string) {
  const tx = await adapter.startTransaction();
  await tx.executeRaw(insertChapter(`${prefix}-tx`));
  const other = adapter.executeRaw(insertChapter(`${prefix}-other`));
  await tx.executeRaw(sql("ROLLBACK"));
  await tx.rollback();
  await other;
  const rows = await adapter.queryRaw(sql(`SELECT "id" FROM "Chapter" WHERE "id" LIKE '${prefix}-%' ORDER BY "id"`));
  return rows.rows.map((r) => r[0]);
}

describe("the write gate", () => {
  it("reproduces the lost write on the bare adapter: a rolled-back transaction takes another request's write", async () => {
    const bare = await new PrismaBetterSQLite3({ url: t.url }).connect();
    expect(await raceRollback(bare, "bare")).toEqual([]);
    await bare.dispose();
  });

  it("keeps the other request's write: it waits until the transaction is over", async () => {
    const gated = await gatedSqliteFactory({ url: t.url }, new WriteGate(), () => {}).connect();
    expect(await raceRollback(gated, "gated")).toEqual(["gated-other"]);
    await gated.dispose();
  });

  it("runs a waiting statement in the same step the gate opens, before a second transaction can close it", async () => {
    const gate = new WriteGate();
    const order: string[] = [];
    const release = await gate.close();
    const waiting = gate.run(() => order.push("statement"));
    const next = gate.close().then((r) => (order.push("second transaction"), r));
    release();
    await waiting;
    (await next)();
    expect(order).toEqual(["statement", "second transaction"]);
  });
});
