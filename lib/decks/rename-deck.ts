import type { Db } from "../db";
import { parseInput } from "../errors";
import { updateDeckSchema, type DeckJson } from "./deck-schemas";
import { assertDeckNameFree, findOwnDeck } from "./find-own-deck";

/** Renames a deck and/or changes its own daily limits. */
export async function renameDeck(db: Db, userId: string, deckId: unknown, input: unknown): Promise<DeckJson> {
  const deck = await findOwnDeck(db, userId, deckId);
  const data = parseInput(updateDeckSchema, input);
  if (data.name !== undefined) await assertDeckNameFree(db, userId, data.name, deck.id);
  const [updated, cardCount] = await Promise.all([
    db.deck.update({ where: { id: deck.id }, data }),
    db.card.count({ where: { ownerId: userId, deckId: deck.id, retiredAt: null } }),
  ]);
  return { id: updated.id, name: updated.name, cardCount, newPerDay: updated.newPerDay, reviewsPerDay: updated.reviewsPerDay };
}
