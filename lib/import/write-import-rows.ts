import type { Prisma } from "../../generated/prisma/client";
import type { Db } from "../db";
import { inWriteTransaction } from "../db/hot-path/sqlite-review";
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
 * 20,000-note import is one short lock instead of thousands of adapter round trips. On
 * PostgreSQL (and SQLite with the hot path off, as tests do to cover this path): one batch
 * `$transaction` of createMany chunks (no interactive transaction).
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
  const { userId } = rows;
  await db.$transaction([
    ...chunks(rows.decks).map((data) => db.deck.createMany({ data })),
    ...chunks(rows.cards).map((data) => db.card.createMany({ data })),
    ...rows.cardUpdates.map(({ id, ...data }) => db.card.update({ where: { id }, data: { ...data, retiredAt: null } })),
    ...chunks(rows.replaceUserCardsOf).map((ids) => db.userCard.deleteMany({ where: { userId, cardId: { in: ids } } })),
    ...chunks(rows.userCards).map((data) => db.userCard.createMany({ data })),
    ...chunks(rows.logs).map((data) => db.reviewLog.createMany({ data })),
    ...chunks(rows.tags).map((data) => db.cardTag.createMany({ data })),
    ...chunks(rows.media).map((data) => db.mediaFile.createMany({ data })),
  ]);
}

/** A value as Prisma's better-sqlite3 adapter stores it: dates as ISO text with an offset, booleans as 0/1. */
function sqlValue(value: unknown): unknown {
  if (value instanceof Date) return toSqlDate(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  return value === undefined ? null : value;
}
