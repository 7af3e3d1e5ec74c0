import type { Db } from "../db";
import { AppError } from "../errors";
import { isVisibleTo } from "./visible-card-where";

const select = { id: true, ownerId: true, deckId: true, sectionId: true, type: true, source: true, rendered: true, retiredAt: true, createdAt: true } as const;

/** A live card the user may see (built-in or their own); 404 otherwise. */
export async function findVisibleCard(db: Db, userId: string, cardId: unknown) {
  const id = typeof cardId === "string" && cardId.length <= 100 ? cardId : null;
  const card = id ? await db.card.findUnique({ where: { id }, select }) : null;
  if (!card || card.retiredAt || !isVisibleTo(card, userId)) throw AppError.notFound("card");
  return card;
}

/** One of the user's own live cards: 404 for unknown or another user's, 409 CARD_READ_ONLY for built-in. */
export async function findOwnCard(db: Db, userId: string, cardId: unknown) {
  const card = await findVisibleCard(db, userId, cardId);
  if (card.ownerId === null) throw new AppError("CARD_READ_ONLY", "built-in cards are read-only; copy it to one of your decks to edit it");
  return { ...card, ownerId: card.ownerId, source: card.source ?? "" };
}
