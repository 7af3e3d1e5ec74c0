import type { LoadedChapter } from "../content/load";
import type { Card } from "../content/schema";
import type { Db } from "../db";
import { syncContent } from "../content/sync-content";

type Frequency = "high" | "medium" | "low";

/** An mcq card whose correct option is index 1 (index 0 and 2 are wrong, with a why). */
export function mcqCard(id: string, frequency: Frequency = "medium", multiAnswer = false): Card {
  return {
    id,
    type: "mcq",
    question: `Which is right for ${id}?`,
    multiAnswer,
    options: [
      { text: `Wrong A ${id}`, correct: false, why: `A is wrong for ${id}` },
      { text: `Right B ${id}`, correct: true },
      { text: `Wrong C ${id}`, correct: multiAnswer, why: multiAnswer ? undefined : `C is wrong for ${id}` },
    ],
    explanation: `Explained ${id}.`,
    interview: { frequency, difficulty: "medium" },
    tags: [],
    exercises: [],
  };
}

export function recallCard(id: string, frequency: Frequency = "medium"): Card {
  return { id, type: "basic", front: `Recall ${id}?`, back: `Back ${id}`, explanation: `Because ${id}.`, interview: { frequency, difficulty: "easy" }, tags: [], exercises: [] };
}

function chapter(id: string, order: number, cards: Card[]): LoadedChapter {
  return {
    id, title: `Chapter ${id}`, seedHeading: id, order, summary: "A chapter.", dir: `/virtual/${id}`,
    sections: [{ id: `${id}-sec`, title: `Section ${id}`, seedHeading: `${id}-sec`, order: 1, summary: "A section.", exercises: [], cards, chapterId: id, note: "A note.", dir: `/virtual/${id}/sec` }],
  };
}

/**
 * Two chapters: "net" with four mcq cards (m1 high, m2 low, m3 medium, m4 multi-answer) and two
 * recall cards; "db" with three recall cards (r3 high, r4 low, r5 cloze-free basic).
 */
export async function seedQuizContent(db: Db) {
  await syncContent(db, [
    chapter("net", 1, [mcqCard("m1", "high"), mcqCard("m2", "low"), mcqCard("m3"), mcqCard("m4", "medium", true), recallCard("r1"), recallCard("r2")]),
    chapter("db", 2, [recallCard("r3", "high"), recallCard("r4", "low"), recallCard("r5")]),
  ]);
}

const OPTION_LABELS = ["Wrong A", "Right B", "Wrong C"];

/**
 * Where an mcq fixture's options ended up: rendering shuffles options per card, so tests
 * name options by their authored index (0 "Wrong A", 1 "Right B", 2 "Wrong C").
 */
export async function optionIndexes(db: Db, cardId: string, ...authored: number[]): Promise<number[]> {
  const card = await db.card.findUniqueOrThrow({ where: { id: cardId }, select: { rendered: true } });
  const options = (JSON.parse(card.rendered) as { options: { html: string }[] }).options;
  return authored.map((i) => options.findIndex((o) => o.html.includes(`${OPTION_LABELS[i]} ${cardId}`))).sort((a, b) => a - b);
}
