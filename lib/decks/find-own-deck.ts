import type { Db } from "../db";
import { AppError } from "../errors";

/** The user's live deck, or 404 for a missing, deleted or someone else's deck. */
export async function findOwnDeck(db: Db, userId: string, deckId: unknown) {
  const id = typeof deckId === "string" && deckId.length <= 100 ? deckId : null;
  const deck = id ? await db.deck.findFirst({ where: { id, userId, deletedAt: null } }) : null;
  if (!deck) throw AppError.notFound("deck");
  return deck;
}

/** 409 DECK_NAME_TAKEN when another live deck of the user has this name (case-insensitive). */
export async function assertDeckNameFree(db: Db, userId: string, name: string, exceptId?: string) {
  const decks = await db.deck.findMany({ where: { userId, deletedAt: null }, select: { id: true, name: true } });
  if (decks.some((d) => d.id !== exceptId && d.name.toLowerCase() === name.toLowerCase())) {
    throw new AppError("DECK_NAME_TAKEN", `you already have a deck named "${name}"`);
  }
}
