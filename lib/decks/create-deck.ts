import type { Db } from "../db";
import { parseInput } from "../errors";
import { createDeckSchema, type DeckJson } from "./deck-schemas";
import { assertDeckNameFree } from "./find-own-deck";

export async function createDeck(db: Db, userId: string, input: unknown): Promise<DeckJson> {
  const { name, newPerDay, reviewsPerDay } = parseInput(createDeckSchema, input);
  await assertDeckNameFree(db, userId, name);
  const deck = await db.deck.create({ data: { userId, name, newPerDay: newPerDay ?? null, reviewsPerDay: reviewsPerDay ?? null } });
  return { id: deck.id, name: deck.name, cardCount: 0, newPerDay: deck.newPerDay, reviewsPerDay: deck.reviewsPerDay };
}
