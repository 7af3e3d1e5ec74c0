import type { Db } from "../db";
import { AppError } from "../errors";
import type { RenderedCard } from "./render-card";
import { CardState, CARD_STATE_NAMES } from "../review/vocabulary";
import { readJsonColumn, idListSchema } from "../db/json-column";
import { readRenderedCard } from "./rendered-card-schema";
import { getSettings } from "../settings/get-settings";

export type SectionCard = {
  id: string;
  type: string;
  frequency: string;
  difficulty: string;
  content: RenderedCard;
  status: { state: string; due: string | null; suspended: boolean };
};

/** A section with its note and cards in the user's language (English where untranslated), each with the user's status on it. */
export async function getSection(db: Db, userId: string, chapterId: string, sectionId: string) {
  const [settings, found] = await Promise.all([getSettings(db, userId), readSection(db, userId, chapterId, sectionId)]);
  if (!found) throw AppError.notFound("section");
  const zh = settings.locale === "zh";
  const { titleZh, summaryZh, noteHtmlZh, chapter, ...section } = found;
  const cards: SectionCard[] = section.cards.map(({ userCards, rendered, renderedZh, ...card }) => {
    const uc = userCards[0];
    return {
      ...card,
      content: readRenderedCard((zh && renderedZh) || rendered),
      status: {
        state: CARD_STATE_NAMES[uc?.state ?? CardState.New],
        due: uc && uc.state !== CardState.New ? uc.due.toISOString() : null,
        suspended: uc?.suspended ?? false,
      },
    };
  });
  return {
    ...section,
    title: (zh && titleZh) || section.title,
    summary: (zh && summaryZh) || section.summary,
    noteHtml: (zh && noteHtmlZh) || section.noteHtml,
    chapter: { id: chapter.id, title: (zh && chapter.titleZh) || chapter.title },
    locale: settings.locale,
    exercises: readJsonColumn(idListSchema, section.exercises, "Section.exercises"),
    cards,
  };
}

function readSection(db: Db, userId: string, chapterId: string, sectionId: string) {
  return db.section.findFirst({
    where: { id: sectionId, chapterId, retiredAt: null },
    select: {
      id: true,
      title: true,
      summary: true,
      seedHeading: true,
      noteHtml: true,
      titleZh: true,
      summaryZh: true,
      noteHtmlZh: true,
      exercises: true,
      chapter: { select: { id: true, title: true, titleZh: true } },
      cards: {
        where: { retiredAt: null },
        orderBy: { order: "asc" },
        select: { id: true, type: true, frequency: true, difficulty: true, rendered: true, renderedZh: true, userCards: { where: { userId }, select: { state: true, due: true, suspended: true } } },
      },
    },
  });

}
