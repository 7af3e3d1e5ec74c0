import type { Db } from "../db";
import { AppError, parseInput } from "../errors";
import { findOwnDeck } from "../decks/find-own-deck";
import { readCardSource } from "./card-source";
import { updateCardSchema } from "./card-schemas";
import { ownCardColumns, type OwnCardJson } from "./create-card";
import { findOwnCard } from "./find-card";
import { resetCardStates } from "./reset-card-state";

/**
 * Edits an own card. The schedule stays (the card keeps its id, so the user's row and history
 * point at it); changing its type is a different question, so it needs `confirmReset: true`
 * and resets the card to new.
 */
export async function updateCard(db: Db, userId: string, cardId: unknown, input: unknown, now: Date = new Date()): Promise<OwnCardJson & { reset: boolean }> {
  const card = await findOwnCard(db, userId, cardId);
  const data = parseInput(updateCardSchema, input);
  const typeChanges = data.source !== undefined && data.source.type !== card.type;
  if (typeChanges && !data.confirmReset) {
    throw new AppError("CARD_TYPE_CHANGE_NEEDS_RESET", `changing a ${card.type} card to ${data.source!.type} resets its schedule; send confirmReset: true to go ahead`);
  }
  const deckId = data.deckId === undefined ? card.deckId : (await findOwnDeck(db, userId, data.deckId)).id;
  const source = data.source ?? readCardSource(card.source);
  await db.$transaction([
    db.card.update({ where: { id: card.id }, data: { deckId, ...(data.source ? ownCardColumns(card.id, data.source) : {}) } }),
    ...(data.tags ? [db.cardTag.deleteMany({ where: { userId, cardId: card.id } }), db.cardTag.createMany({ data: data.tags.map((tag) => ({ userId, cardId: card.id, tag })) })] : []),
    ...(typeChanges ? [resetCardStates(db, userId, [card.id], now)] : []),
  ]);
  const tags = data.tags ?? (await db.cardTag.findMany({ where: { userId, cardId: card.id }, orderBy: { tag: "asc" }, select: { tag: true } })).map((t) => t.tag);
  return { id: card.id, deckId: deckId ?? "", type: source.type, source, tags, createdAt: card.createdAt.toISOString(), reset: typeChanges };
}
