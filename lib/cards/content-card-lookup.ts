import { loadContent, type LoadedChapter } from "../content/load";
import type { Card as ContentCard } from "../content/schema";

export type ContentCardLookup = (cardId: string) => ContentCard | undefined;

/** Finds authored cards by id in a loaded content tree. */
export function lookupIn(chapters: LoadedChapter[]): ContentCardLookup {
  const byId = new Map(chapters.flatMap((c) => c.sections.flatMap((s) => s.cards.map((card) => [card.id, card] as const))));
  return (cardId) => byId.get(cardId);
}

let fromDisk: ContentCardLookup | null = null;

/** content/ as the app ships it, read once per process (copies need the markdown, not the HTML). */
export const contentOnDisk: ContentCardLookup = (cardId) => {
  fromDisk ??= lookupIn(loadContent().chapters);
  return fromDisk(cardId);
};
