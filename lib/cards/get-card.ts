import type { Db } from "../db";
import { readRenderedCard } from "../content/rendered-card-schema";
import { readCardSource } from "./card-source";
import { findVisibleCard } from "./find-card";

/** One card the user can see: own cards with their markdown source; built-in ones read-only. */
export async function getCard(db: Db, userId: string, cardId: unknown) {
  const card = await findVisibleCard(db, userId, cardId);
  const tags = await db.cardTag.findMany({ where: { userId, cardId: card.id }, orderBy: { tag: "asc" }, select: { tag: true } });
  return {
    id: card.id,
    type: card.type,
    deckId: card.deckId,
    sectionId: card.sectionId,
    readOnly: card.ownerId === null,
    source: card.ownerId !== null && card.source ? readCardSource(card.source) : null,
    content: readRenderedCard(card.rendered),
    tags: tags.map((t) => t.tag),
    createdAt: card.createdAt.toISOString(),
  };
}
