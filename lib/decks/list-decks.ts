import type { Db } from "../db";
import type { DeckJson } from "./deck-schemas";

/** The user's live decks by name, each with its live card count (two queries). */
export async function listDecks(db: Db, userId: string): Promise<DeckJson[]> {
  const [decks, counts] = await Promise.all([
    db.deck.findMany({ where: { userId, deletedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true, newPerDay: true, reviewsPerDay: true } }),
    db.card.groupBy({ by: ["deckId"], where: { ownerId: userId, retiredAt: null }, _count: { _all: true } }),
  ]);
  const countOf = new Map(counts.map((c) => [c.deckId, c._count._all]));
  return decks.map((d) => ({ ...d, cardCount: countOf.get(d.id) ?? 0 }));
}
