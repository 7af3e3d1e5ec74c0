import type { LoadedChapter } from "./load";
import type { CardType } from "./schema";

export function contentStats(chapters: LoadedChapter[]) {
  return {
    chapters: chapters.map((chapter) => ({
      id: chapter.id,
      title: chapter.title,
      sections: chapter.sections.map((section) => {
        const cards: Record<CardType, number> = { basic: 0, cloze: 0, mcq: 0, estimate: 0 };
        for (const card of section.cards) cards[card.type]++;
        return { id: section.id, title: section.title, seedHeading: section.seedHeading, cards };
      }),
    })),
  };
}
