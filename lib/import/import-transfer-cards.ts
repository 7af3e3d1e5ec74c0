import { randomUUID } from "node:crypto";
import { ownCardColumns } from "../cards/create-card";
import { cardSourceSchema } from "../cards/card-source";
import { ownCardOrder } from "../cards/own-card-order";
import type { Db } from "../db";
import type { TransferCard } from "../transfer/transfer-card";
import type { ImportReport } from "./import-report";
import { resolveImportDeck } from "./resolve-import-deck";
import { skipReason } from "./skip-reason";
import { writeImportRows } from "./write-import-rows";

/**
 * CSV or Markdown cards (already parsed by lib/transfer) into one of the user's decks, as new
 * own cards, in one transaction. A card the editor would refuse is skipped with the
 * reason; these formats carry no ids, so importing a file twice adds its cards twice.
 */
export async function importTransferCards(db: Db, userId: string, cards: readonly TransferCard[], deckField: string | null, now: Date = new Date()): Promise<ImportReport> {
  const deck = await resolveImportDeck(db, userId, deckField);
  const skipped: ImportReport["skipped"] = [];
  const cardRows = [];
  const tagRows = [];
  for (const [i, card] of cards.entries()) {
    const { tags, ...source } = card;
    const parsed = cardSourceSchema.safeParse(source);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      skipped.push({ noteGuid: `card ${i + 1}`, cardNumber: i + 1, ...skipReason("invalidCard", { field: issue.path.join(".") || "card", message: issue.message }) });
      continue;
    }
    const id = randomUUID();
    cardRows.push({ id, ownerId: userId, deckId: deck.id, ...ownCardColumns(id, parsed.data), order: 0, globalOrder: ownCardOrder(now), frequency: "medium", difficulty: "medium", createdAt: new Date(now.getTime() + i) });
    for (const tag of new Set(tags.map((t) => t.slice(0, 100)))) tagRows.push({ userId, cardId: id, tag });
  }
  const decks = deck.create ? [{ ...deck.create, createdAt: now }] : [];
  await writeImportRows(db, { userId, decks, cards: cardRows, cardUpdates: [], replaceUserCardsOf: [], userCards: [], logs: [], tags: tagRows, media: [] });
  return { notes: cardRows.length, cards: { imported: cardRows.length, updated: 0, skipped: skipped.length }, reviews: 0, media: 0, skipped };
}
