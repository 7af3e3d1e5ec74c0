import type { Db } from "../db";
import { findOwnDeck } from "./find-own-deck";

/**
 * Deletes a deck: the deck is marked deleted and its cards retired, like content removed from
 * content/, so their review history stays (in the export, in statistics of past days).
 */
export async function deleteDeck(db: Db, userId: string, deckId: unknown, now: Date = new Date()) {
  const deck = await findOwnDeck(db, userId, deckId);
  const [, retired] = await db.$transaction([
    db.deck.update({ where: { id: deck.id }, data: { deletedAt: now } }),
    db.card.updateMany({ where: { ownerId: userId, deckId: deck.id, retiredAt: null }, data: { retiredAt: now } }),
  ]);
  return { id: deck.id, deleted: true, retiredCards: retired.count };
}
