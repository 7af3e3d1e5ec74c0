import type { Db } from "../db";

/** The interview scope split by kind: built-in chapters, and the user's own decks. */
export type InterviewScope = { chapterIds: string[]; deckIds: string[] };

/**
 * Reads a stored scope (ids of chapters or of the user's own decks; [] = everything). An id that
 * is neither, such as a deck deleted since, is dropped: the plan covers what still exists.
 */
export async function resolveInterviewScope(db: Db, userId: string, ids: readonly string[]): Promise<InterviewScope & { unknown: string[] }> {
  if (ids.length === 0) return { chapterIds: [], deckIds: [], unknown: [] };
  const [chapters, decks] = await Promise.all([
    db.chapter.findMany({ where: { id: { in: [...ids] }, retiredAt: null }, select: { id: true } }),
    db.deck.findMany({ where: { id: { in: [...ids] }, userId, deletedAt: null }, select: { id: true } }),
  ]);
  const chapterIds = chapters.map((c) => c.id);
  const deckIds = decks.map((d) => d.id);
  const known = new Set([...chapterIds, ...deckIds]);
  return { chapterIds, deckIds, unknown: ids.filter((id) => !known.has(id)) };
}

/** A Card filter for the scope: its chapters' cards and the user's cards in its decks; {} for everything. */
export function scopeCardWhere(scope: InterviewScope | null, userId: string) {
  if (!scope) return {};
  return { OR: [{ section: { chapterId: { in: scope.chapterIds } } }, { deckId: { in: scope.deckIds }, ownerId: userId }] };
}
