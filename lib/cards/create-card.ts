import { randomUUID } from "node:crypto";
import type { Db } from "../db";
import { contentHash } from "../content/render-card";
import { parseInput } from "../errors";
import { findOwnDeck } from "../decks/find-own-deck";
import { renderCardSource, type CardSource } from "./card-source";
import { createCardSchema } from "./card-schemas";
import { ownCardOrder } from "./own-card-order";
import { searchTextOf } from "./search-text";

export type OwnCardJson = { id: string; deckId: string; type: string; source: CardSource; tags: string[]; createdAt: string };

/** The Card columns an own card's source determines. */
export function ownCardColumns(id: string, source: CardSource) {
  const rendered = renderCardSource(id, source);
  return { type: source.type, source: JSON.stringify(source), rendered: JSON.stringify(rendered), searchText: searchTextOf(rendered), contentHash: contentHash(source) };
}

export async function createCard(db: Db, userId: string, input: unknown, now: Date = new Date()): Promise<OwnCardJson> {
  const { deckId, source, tags } = parseInput(createCardSchema, input);
  const deck = await findOwnDeck(db, userId, deckId);
  const id = randomUUID();
  await db.$transaction([
    db.card.create({
      data: { id, ownerId: userId, deckId: deck.id, ...ownCardColumns(id, source), order: 0, globalOrder: ownCardOrder(now), frequency: "medium", difficulty: "medium", createdAt: now },
    }),
    db.cardTag.createMany({ data: tags.map((tag) => ({ userId, cardId: id, tag })) }),
  ]);
  return { id, deckId: deck.id, type: source.type, source, tags, createdAt: now.toISOString() };
}
