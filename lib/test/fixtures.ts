import type { LoadedChapter } from "../content/load";
import type { Card } from "../content/schema";
import type { Db } from "../db";
import { syncContent } from "../content/sync-content";
import { signUp } from "../auth/sign-up";

const interview = { frequency: "high", difficulty: "easy" } as const;

export function basicCard(id: string, front = `Question ${id}?`): Card {
  return { id, type: "basic", front, back: `Answer ${id}`, explanation: `Because ${id}.`, interview, tags: [], exercises: [] };
}

/** A small content tree: one chapter, one section, `n` basic cards named c1..cn. */
export function smallContent(n = 5, cards: Card[] = Array.from({ length: n }, (_, i) => basicCard(`c${i + 1}`))): LoadedChapter[] {
  return [
    {
      id: "ch",
      title: "Chapter",
      seedHeading: "ch",
      order: 1,
      summary: "A chapter.",
      dir: "/virtual/ch",
      sections: [
        { id: "sec", title: "Section", seedHeading: "sec", order: 1, summary: "A section.", exercises: [], cards, chapterId: "ch", note: "A note.", dir: "/virtual/ch/sec" },
      ],
    },
  ];
}

export async function seedContent(db: Db, n = 5) {
  await syncContent(db, smallContent(n));
}

let counter = 0;
export async function createUser(db: Db, email = `user${++counter}@example.com`) {
  return signUp(db, { email, password: "correct horse battery" });
}

/**
 * Many plain cards in one section, written directly (syncContent renders each card's
 * markdown, which thousands of cards do not need): for tests and benchmarks at scale.
 */
export async function seedManyCards(db: Db, cardIds: readonly string[]) {
  await syncContent(db, smallContent(0, []));
  const rendered = JSON.stringify({ prompt: "<p>Q</p>", answer: "<p>A</p>", explanation: "" });
  const rows = cardIds.map((id, i) => ({ id, sectionId: "sec", type: "basic", order: i, globalOrder: i, rendered, frequency: "high", difficulty: "easy", contentHash: id }));
  for (let i = 0; i < rows.length; i += 1000) await db.card.createMany({ data: rows.slice(i, i + 1000) });
}
