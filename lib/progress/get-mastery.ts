import { forgetting_curve } from "ts-fsrs";
import type { Db } from "../db";
import { NEW_CARD_TYPES } from "../review/card-types";
import { exerciseChapters, listExercises } from "../exercises/catalog";
import { FSRS_WEIGHTS } from "../review/scheduler";
import { MATURE_DAYS } from "./get-chapter-progress";
import { CardState } from "../review/vocabulary";

export type ChapterMastery = {
  id: string;
  title: string;
  /** Live cards in the chapter. */
  cards: number;
  /** Cards the user has graded at least once. */
  reviewed: number;
  /** Mean probability of recall now over the reviewed cards; null before the first review. */
  retrievability: number | null;
  /** Cards whose current interval is at least 21 days. */
  mature: number;
  exercisesSolved: number;
  exercisesTotal: number;
};

const DAY_MS = 86_400_000;

/** Probability of recalling the card now, from its FSRS stability and time since its last review. */
export function retrievability(stability: number, lastReview: Date | null, now: Date): number {
  if (!lastReview || stability <= 0) return 0;
  const elapsedDays = Math.max(0, (now.getTime() - lastReview.getTime()) / DAY_MS);
  return forgetting_curve(FSRS_WEIGHTS, elapsedDays, stability);
}

/**
 * Per chapter: mean retrievability of the user's reviewed cards, mature count, and exercises
 * solved. Reads one row per reviewed card (a few thousand at most) because retrievability
 * is a curve, not a SQL aggregate; cards map to chapters through their sections.
 */
export async function getChapterMastery(db: Db, userId: string, now: Date = new Date()): Promise<ChapterMastery[]> {
  const [chapters, totals, solved] = await Promise.all([
    db.chapter.findMany({
      where: { retiredAt: null },
      orderBy: { order: "asc" },
      select: { id: true, title: true, sections: { select: { id: true } } },
    }),
    db.card.groupBy({ by: ["sectionId"], where: { ownerId: null, retiredAt: null, type: { in: NEW_CARD_TYPES } }, _count: { _all: true } }),
    db.exerciseProgress.findMany({ where: { userId, status: "solved" }, select: { exerciseId: true } }),
  ]);
  // One query per chapter with the card → section join in SQL: only the user's scheduling
  // columns reach JavaScript (a nested select would fetch every card row in IN-list batches).
  const perChapter = await Promise.all(
    chapters.map((c) =>
      db.userCard.findMany({
        // Study cards only: exercises have their own column.
        where: { userId, state: { not: CardState.New }, card: { retiredAt: null, type: { in: NEW_CARD_TYPES }, section: { chapterId: c.id } } },
        select: { stability: true, lastReview: true, scheduledDays: true },
      }),
    ),
  );
  const chapterOfSection = new Map<string, string>();
  for (const c of chapters) for (const s of c.sections) chapterOfSection.set(s.id, c.id);

  type Acc = { cards: number; reviewed: number; rSum: number; mature: number; exercisesSolved: number; exercisesTotal: number };
  const acc = new Map<string, Acc>(chapters.map((c) => [c.id, { cards: 0, reviewed: 0, rSum: 0, mature: 0, exercisesSolved: 0, exercisesTotal: 0 }]));
  const of = (chapterId: string | undefined) => (chapterId ? acc.get(chapterId) : undefined);

  for (const t of totals) {
    const a = of(chapterOfSection.get(t.sectionId ?? ""));
    if (a) a.cards += t._count._all;
  }
  chapters.forEach((c, i) => {
    const a = acc.get(c.id)!;
    for (const uc of perChapter[i]) {
      a.reviewed++;
      a.rSum += retrievability(uc.stability, uc.lastReview, now);
      if (uc.scheduledDays >= MATURE_DAYS) a.mature++;
    }
  });
  for (const e of listExercises()) {
    const a = of(e.chapter);
    if (a) a.exercisesTotal++;
  }
  const chapterOfExercise = exerciseChapters();
  for (const { exerciseId } of solved) {
    const a = of(chapterOfExercise.get(exerciseId));
    if (a) a.exercisesSolved++;
  }

  return chapters.map((c) => {
    const a = acc.get(c.id)!;
    return {
      id: c.id,
      title: c.title,
      cards: a.cards,
      reviewed: a.reviewed,
      retrievability: a.reviewed > 0 ? a.rSum / a.reviewed : null,
      mature: a.mature,
      exercisesSolved: a.exercisesSolved,
      exercisesTotal: a.exercisesTotal,
    };
  });
}
