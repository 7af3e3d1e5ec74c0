import type { Db } from "../db";
import { NEW_CARD_TYPES } from "../review/card-types";
import { FSRS_WEIGHTS } from "../review/scheduler";
import { CardState } from "../review/vocabulary";
import { getSettings } from "../settings/get-settings";
import { dayKey, startOfLocalDate } from "../time/day";
import { resolveInterviewScope } from "./interview-scope";
import { recallOn } from "./plan-interview";

export type ChapterReadiness = { id: string; title: string; recall: number; cards: number; studied: number };

export type Readiness = { date: string | null; daysLeft: number | null; overall: number | null; chapters: ChapterReadiness[] };

const DAY_MS = 86_400_000;

/**
 * How ready the user is for their interview: the mean predicted recall on the interview day
 * (ts-fsrs's forgetting curve with the user's weights) of the cards in scope, per chapter and
 * overall, if they reviewed nothing more. A card never studied counts as 0: it is part of
 * what the interview covers. Cards in learning count with their current memory state. The
 * user's own decks in the scope are listed after the chapters, each as one entry.
 */
export async function getReadiness(db: Db, userId: string, now: Date = new Date()): Promise<Readiness> {
  const settings = await getSettings(db, userId);
  if (!settings.interviewDate) return { date: null, daysLeft: null, overall: null, chapters: [] };
  const date = settings.interviewDate;
  const interviewStart = startOfLocalDate(date, settings.timezone);
  const daysLeft = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${dayKey(now, settings.timezone)}T00:00:00Z`)) / DAY_MS);
  // Chapters (all of them without a scope) and, when the scope names them, the user's own decks.
  const scope = settings.interviewScope.length > 0 ? await resolveInterviewScope(db, userId, settings.interviewScope) : null;
  const inScope = scope ? { id: { in: scope.chapterIds } } : {};
  const deckIds = scope?.deckIds ?? [];
  const cardWhere = { OR: [{ section: { chapter: { retiredAt: null, ...inScope } } }, ...(deckIds.length > 0 ? [{ deckId: { in: deckIds }, ownerId: userId }] : [])] };
  const [chapters, decks, content, studied] = await Promise.all([
    db.chapter.findMany({ where: { retiredAt: null, ...inScope }, orderBy: { order: "asc" }, select: { id: true, title: true } }),
    deckIds.length > 0 ? db.deck.findMany({ where: { id: { in: deckIds } }, orderBy: { name: "asc" }, select: { id: true, name: true } }) : [],
    db.card.findMany({ where: { retiredAt: null, type: { in: NEW_CARD_TYPES }, ...cardWhere }, select: { id: true, deckId: true, section: { select: { chapterId: true } } } }),
    db.userCard.findMany({
      where: { userId, state: { not: CardState.New }, lastReview: { not: null }, card: { retiredAt: null, ...cardWhere } },
      select: { cardId: true, stability: true, lastReview: true, card: { select: { deckId: true, section: { select: { chapterId: true } } } } },
    }),
  ]);
  const groupOf = (card: { deckId: string | null; section: { chapterId: string } | null }) => card.deckId ?? card.section?.chapterId ?? "";
  const w = settings.fsrsWeights ?? FSRS_WEIGHTS;
  const groups = [...chapters, ...decks.map((d) => ({ id: d.id, title: d.name }))];
  const per = new Map(groups.map((c) => [c.id, { ...c, sum: 0, cards: 0, studied: 0 }]));
  const seen = new Set<string>();
  for (const uc of studied) {
    const chapter = per.get(groupOf(uc.card));
    if (!chapter) continue;
    seen.add(uc.cardId);
    chapter.sum += recallOn({ stability: uc.stability, lastReview: uc.lastReview! }, interviewStart, w);
    chapter.studied++;
    chapter.cards++;
  }
  // Content never studied: part of the interview, recalled with probability 0.
  for (const card of content) {
    const chapter = per.get(groupOf(card));
    if (chapter && !seen.has(card.id)) chapter.cards++;
  }
  const list = [...per.values()].filter((c) => c.cards > 0);
  const total = list.reduce((n, c) => n + c.cards, 0);
  return {
    date,
    daysLeft,
    overall: total > 0 ? list.reduce((s, c) => s + c.sum, 0) / total : null,
    chapters: list.map((c) => ({ id: c.id, title: c.title, recall: c.cards > 0 ? c.sum / c.cards : 0, cards: c.cards, studied: c.studied })),
  };
}
