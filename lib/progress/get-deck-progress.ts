import type { Db } from "../db";
import { LEECH_TAG } from "../review/detect-leech";
import { CardState } from "../review/vocabulary";

export type DeckProgress = { id: string; name: string; cards: number; reviewed: number };

/** The user's own decks (live cards, and how many have been reviewed) and their leech count. Four queries. */
export async function getDeckProgress(db: Db, userId: string): Promise<{ decks: DeckProgress[]; leeches: number }> {
  const [decks, totals, reviewed, leeches] = await Promise.all([
    db.deck.findMany({ where: { userId, deletedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.card.groupBy({ by: ["deckId"], where: { ownerId: userId, retiredAt: null }, _count: { _all: true } }),
    db.userCard.findMany({ where: { userId, state: { not: CardState.New }, card: { ownerId: userId, retiredAt: null } }, select: { card: { select: { deckId: true } } } }),
    // Leeches among live cards (built-in or own): a retired card's tag does not count.
    db.cardTag.count({ where: { userId, tag: LEECH_TAG, card: { retiredAt: null } } }),
  ]);
  const total = new Map(totals.map((t) => [t.deckId, t._count._all]));
  const seen = new Map<string | null, number>();
  for (const r of reviewed) seen.set(r.card.deckId, (seen.get(r.card.deckId) ?? 0) + 1);
  return { decks: decks.map((d) => ({ ...d, cards: total.get(d.id) ?? 0, reviewed: seen.get(d.id) ?? 0 })), leeches };
}
