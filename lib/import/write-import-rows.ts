import type { Prisma } from "../../generated/prisma/client";
import { POSTGRES_TRANSACTION_OPTIONS, type Db } from "../db";
import { inWriteTransaction } from "../db/hot-path/sqlite-exec";
import { toSqlDate } from "../db/hot-path/sqlite-values";
import { sqliteAccess } from "../db/sqlite-access";

/** Everything one import writes, as rows. Rows of one table all have the same columns. */
export type ImportRows = {
  userId: string;
  decks: Prisma.DeckCreateManyInput[];
  cards: Prisma.CardCreateManyInput[];
  cardUpdates: { id: string; deckId: string; type: string; source: string; rendered: string; searchText: string; contentHash: string }[];
  /** Cards whose UserCard row is replaced by the import's (deleted, then written from userCards). */
  replaceUserCardsOf: string[];
  userCards: Prisma.UserCardCreateManyInput[];
  logs: Prisma.ReviewLogCreateManyInput[];
  tags: Prisma.CardTagCreateManyInput[];
  media: Prisma.MediaFileCreateManyInput[];
};

const ROWS_PER_STATEMENT = 200;
const chunks = <T>(rows: T[]) => Array.from({ length: Math.ceil(rows.length / ROWS_PER_STATEMENT) }, (_, i) => rows.slice(i * ROWS_PER_STATEMENT, (i + 1) * ROWS_PER_STATEMENT));

/**
 * Writes an import's rows in one transaction, so a failure leaves nothing half-imported. On
 * SQLite: one synchronous better-sqlite3 transaction on the Prisma client's own connection,
 * behind its write gate (lib/db/hot-path), with values stored exactly as Prisma stores them; a
 * 20,000-note import is one short lock instead of thousands of adapter round trips. SQLite
 * with the hot path off (tests cover this path): one batch `$transaction` of createMany chunks
 * (never an interactive one on the shared connection). PostgreSQL: the same statements in an
 * interactive transaction with a long limit.
 */
export async function writeImportRows(db: Db, rows: ImportRows): Promise<void> {
  const access = sqliteAccess(db);
  if (access?.hotPath) {
    await inWriteTransaction(access, (sqlite) => {
      const insert = (table: string, list: object[]) => {
        if (list.length === 0) return;
        const columns = Object.keys(list[0]);
        const statement = sqlite.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
        for (const row of list) statement.run(...columns.map((c) => sqlValue((row as Record<string, unknown>)[c])));
      };
      insert("Deck", rows.decks);
      insert("Card", rows.cards);
      const update = sqlite.prepare(`UPDATE "Card" SET "deckId" = ?, "type" = ?, "source" = ?, "rendered" = ?, "searchText" = ?, "contentHash" = ?, "retiredAt" = NULL WHERE "id" = ?`);
      for (const u of rows.cardUpdates) update.run(u.deckId, u.type, u.source, u.rendered, u.searchText, u.contentHash, u.id);
      const drop = sqlite.prepare(`DELETE FROM "UserCard" WHERE "userId" = ? AND "cardId" = ?`);
      for (const cardId of rows.replaceUserCardsOf) drop.run(rows.userId, cardId);
      insert("UserCard", rows.userCards);
      insert("ReviewLog", rows.logs);
      insert("CardTag", rows.tags);
      insert("MediaFile", rows.media);
    });
    return;
  }
  if (!access) {
    // PostgreSQL: an interactive transaction (safe there: it holds a pooled connection of its
    // own) with a limit sized for a big import; a batch one is bound to the client's 15 s.
    await db.$transaction(
      async (tx) => {
        for (const statement of importStatements(tx as unknown as Db, rows, "postgres")) await statement;
      },
      { maxWait: POSTGRES_TRANSACTION_OPTIONS.maxWait, timeout: IMPORT_TRANSACTION_TIMEOUT_MS },
    );
    return;
  }
  await db.$transaction(importStatements(db, rows, "sqlite"));
}

/** How long the write of one import may hold its PostgreSQL transaction (20,000 notes: well under a minute). */
export const IMPORT_TRANSACTION_TIMEOUT_MS = 10 * 60_000;

function importStatements(db: Db, rows: ImportRows, dialect: "sqlite" | "postgres"): Prisma.PrismaPromise<unknown>[] {
  const { userId } = rows;
  return [
    ...chunks(rows.decks).map((data) => db.deck.createMany({ data })),
    ...chunks(rows.cards).map((data) => db.card.createMany({ data })),
    ...(dialect === "postgres"
      ? chunks(rows.cardUpdates).map((list) => updateCardsOnPostgres(db, list))
      : rows.cardUpdates.map(({ id, ...data }) => db.card.update({ where: { id }, data: { ...data, retiredAt: null } }))),
    ...chunks(rows.replaceUserCardsOf).map((ids) => db.userCard.deleteMany({ where: { userId, cardId: { in: ids } } })),
    ...chunks(rows.userCards).map((data) => db.userCard.createMany({ data })),
    ...chunks(rows.logs).map((data) => db.reviewLog.createMany({ data })),
    ...chunks(rows.tags).map((data) => db.cardTag.createMany({ data })),
    ...chunks(rows.media).map((data) => db.mediaFile.createMany({ data })),
  ];
}

/**
 * A chunk of card updates as one statement on PostgreSQL: a re-import of 20,000 notes was 20,000
 * `update` round trips, past the batch transaction's 15 s limit. (SQLite has no column names on
 * VALUES; its slow path keeps one update per card, its hot path prepared statements.)
 */
function updateCardsOnPostgres(db: Db, list: ImportRows["cardUpdates"]) {
  const columns = ["id", "deckId", "type", "source", "rendered", "searchText", "contentHash"] as const;
  const values = list.map((_, i) => `(${columns.map((_, j) => `$${i * columns.length + j + 1}`).join(", ")})`).join(", ");
  const sql =
    `UPDATE "Card" AS c SET ${columns.slice(1).map((col) => `"${col}" = v."${col}"`).join(", ")}, "retiredAt" = NULL ` +
    `FROM (VALUES ${values}) AS v(${columns.map((col) => `"${col}"`).join(", ")}) WHERE c."id" = v."id"`;
  return db.$executeRawUnsafe(sql, ...list.flatMap((u) => columns.map((col) => u[col])));
}

/** A value as Prisma's better-sqlite3 adapter stores it: dates as ISO text with an offset, booleans as 0/1. */
function sqlValue(value: unknown): unknown {
  if (value instanceof Date) return toSqlDate(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  return value === undefined ? null : value;
}
