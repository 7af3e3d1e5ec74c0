import { randomUUID } from "node:crypto";
import type { Db } from "../db";
import { deckNameSchema } from "../decks/deck-schemas";
import { AppError } from "../errors";

/**
 * The deck a CSV or Markdown import goes to, from the `deck` form field: one of the user's
 * live decks by id, else by name (case-insensitive); a new name gives a deck to create (its
 * row is written in the import's transaction, so a failed import leaves no empty deck).
 */
export async function resolveImportDeck(db: Db, userId: string, deck: string | null): Promise<{ id: string; create: { id: string; userId: string; name: string } | null }> {
  const value = deck?.trim() ?? "";
  if (!value) throw AppError.invalid("choose a deck for the cards (the deck field: a deck id or a name)");
  const decks = await db.deck.findMany({ where: { userId, deletedAt: null }, select: { id: true, name: true } });
  const found = decks.find((d) => d.id === value) ?? decks.find((d) => d.name.toLowerCase() === value.toLowerCase());
  if (found) return { id: found.id, create: null };
  const name = deckNameSchema.safeParse(value);
  if (!name.success) throw AppError.invalid(`"${value.slice(0, 40)}" is not a deck name: ${name.error.issues[0].message}`);
  const id = randomUUID();
  return { id, create: { id, userId, name: name.data } };
}
