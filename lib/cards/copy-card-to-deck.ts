import type { Db } from "../db";
import { AppError, parseInput } from "../errors";
import type { Card as ContentCard } from "../content/schema";
import type { CardSource } from "./card-source";
import { copyCardSchema } from "./card-schemas";
import { contentOnDisk, type ContentCardLookup } from "./content-card-lookup";
import { createCard, type OwnCardJson } from "./create-card";
import { findVisibleCard } from "./find-card";

/** The markdown of an authored content card as an own card's source; null for generated kinds. */
export function sourceOfContentCard(card: ContentCard): CardSource | null {
  switch (card.type) {
    case "basic":
      return { type: "basic", front: card.front, back: card.back, explanation: card.explanation };
    case "cloze":
      return { type: "cloze", text: card.text, explanation: card.explanation };
    case "mcq":
      return { type: "mcq", question: card.question, multiAnswer: card.multiAnswer, options: card.options, explanation: card.explanation };
    default:
      return null;
  }
}

/**
 * "Copy to my deck": a built-in card becomes an editable own card (a new card with its own
 * schedule; the built-in one keeps its history). Own cards copy from their source.
 */
export async function copyCardToDeck(db: Db, userId: string, cardId: unknown, input: unknown, lookup: ContentCardLookup = contentOnDisk): Promise<OwnCardJson> {
  const { deckId } = parseInput(copyCardSchema, input);
  const card = await findVisibleCard(db, userId, cardId);
  const found = card.ownerId === null ? lookup(card.id) : undefined;
  const source = card.ownerId === null ? (found ? sourceOfContentCard(found) : null) : (JSON.parse(card.source ?? "null") as CardSource | null);
  if (!source) throw new AppError("CARD_NOT_COPYABLE", `a ${card.type} card is generated, not written in markdown: it cannot be copied`);
  const tags = await db.cardTag.findMany({ where: { userId, cardId: card.id }, select: { tag: true } });
  return createCard(db, userId, { deckId, source, tags: tags.map((t) => t.tag).filter((t) => t !== "leech") });
}
