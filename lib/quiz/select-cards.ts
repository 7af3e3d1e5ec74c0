import type { Db } from "../db";
import { NEW_CARD_TYPES } from "../review/card-types";
import { cardWeight } from "./card-weight";
import { weightedSample } from "./weighted-sample";

export type Candidate = { cardId: string; type: string; chapterId: string; weight: number };

const stateSelect = {
  state: true, due: true, stability: true, difficulty: true, elapsedDays: true, scheduledDays: true,
  learningSteps: true, reps: true, lapses: true, lastReview: true,
} as const;

/**
 * The live cards of the chapters (all live chapters when `chapterIds` is empty) the user has
 * not suspended, each with its sampling weight. One query. The user's own decks count as
 * chapters: their ids may be in `chapterIds`, and "all" includes them.
 */
export async function loadCandidates(db: Db, userId: string, chapterIds: string[], now: Date): Promise<Candidate[]> {
  const cards = await db.card.findMany({
    where: {
      retiredAt: null,
      // Coding-exercise cards are solved on their own page, not asked in a quiz.
      type: { in: NEW_CARD_TYPES },
      OR: [
        { section: { retiredAt: null, chapter: { retiredAt: null, ...(chapterIds.length ? { id: { in: chapterIds } } : {}) } } },
        { ownerId: userId, deck: { deletedAt: null, ...(chapterIds.length ? { id: { in: chapterIds } } : {}) } },
      ],
      userCards: { none: { userId, suspended: true } },
    },
    orderBy: { globalOrder: "asc" },
    select: { id: true, type: true, frequency: true, deckId: true, section: { select: { chapterId: true } }, userCards: { where: { userId }, select: stateSelect } },
  });
  return cards.map((c) => ({ cardId: c.id, type: c.type, chapterId: c.section?.chapterId ?? c.deckId ?? "", weight: cardWeight(c.frequency, c.userCards[0] ?? null, now) }));
}

/** Up to `length` distinct candidates, drawn by weight without replacement. */
export function pickCandidates(candidates: Candidate[], length: number, random: () => number): Candidate[] {
  return weightedSample(candidates.map((c) => ({ item: c, weight: c.weight })), length, random);
}
