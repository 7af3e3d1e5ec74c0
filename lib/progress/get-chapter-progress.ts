import type { Db } from "../db";
import { NEW_CARD_TYPES } from "../review/card-types";
import { CardState } from "../review/vocabulary";

export type SectionProgress = { id: string; title: string; summary: string; total: number; seen: number; mature: number };
export type ChapterProgress = { id: string; title: string; summary: string; total: number; seen: number; mature: number; sections: SectionProgress[] };

/** A card is mature once its interval reaches 21 days (Anki's convention). */
export const MATURE_DAYS = 21;

/**
 * Chapters and sections with how many of their live study cards (coding exercises are
 * counted on their own) the user has started and matured, titled in the user's language
 * (English where untranslated). Four queries whatever the content size.
 */
export async function getChapterProgress(db: Db, userId: string): Promise<ChapterProgress[]> {
  const text = { id: true, title: true, summary: true, titleZh: true, summaryZh: true } as const;
  const [found, totals, seen, settings] = await Promise.all([
    db.chapter.findMany({
      where: { retiredAt: null },
      orderBy: { order: "asc" },
      select: { ...text, sections: { where: { retiredAt: null }, orderBy: { order: "asc" }, select: text } },
    }),
    db.card.groupBy({ by: ["sectionId"], where: { ownerId: null, retiredAt: null, type: { in: NEW_CARD_TYPES } }, _count: { _all: true } }),
    db.userCard.findMany({
      where: { userId, state: { not: CardState.New }, card: { ownerId: null, retiredAt: null, type: { in: NEW_CARD_TYPES } } },
      select: { scheduledDays: true, card: { select: { sectionId: true } } },
    }),
    db.settings.findUnique({ where: { userId }, select: { locale: true } }),
  ]);
  const zh = settings?.locale === "zh";
  const localize = ({ titleZh, summaryZh, ...t }: { id: string; title: string; summary: string; titleZh: string | null; summaryZh: string | null }) => ({
    ...t,
    title: (zh && titleZh) || t.title,
    summary: (zh && summaryZh) || t.summary,
  });
  const chapters = found.map((c) => ({ ...localize(c), sections: c.sections.map(localize) }));
  const total = new Map(totals.map((t) => [t.sectionId, t._count._all]));
  const seenBySection = new Map<string, { seen: number; mature: number }>();
  for (const uc of seen) {
    const entry = seenBySection.get(uc.card.sectionId ?? "") ?? { seen: 0, mature: 0 };
    entry.seen++;
    if (uc.scheduledDays >= MATURE_DAYS) entry.mature++;
    seenBySection.set(uc.card.sectionId ?? "", entry);
  }
  return chapters.map((chapter) => {
    const sections = chapter.sections.map((s) => ({ ...s, total: total.get(s.id) ?? 0, ...(seenBySection.get(s.id) ?? { seen: 0, mature: 0 }) }));
    const sum = (k: "total" | "seen" | "mature") => sections.reduce((n, s) => n + s[k], 0);
    return { ...chapter, sections, total: sum("total"), seen: sum("seen"), mature: sum("mature") };
  });
}
