import type { Db } from "../db";
import { AppError } from "../errors";
import type { RenderedCard } from "./render-card";
import { CardState, CARD_STATE_NAMES } from "../review/vocabulary";
import { readJsonColumn, idListSchema } from "../db/json-column";
import { readRenderedCard } from "./rendered-card-schema";

export type SectionCard = {
  id: string;
  type: string;
  frequency: string;
  difficulty: string;
  content: RenderedCard;
  status: { state: string; due: string | null; suspended: boolean };
};

/** A section with its note and cards, each with the user's status on it. */
export async function getSection(db: Db, userId: string, chapterId: string, sectionId: string) {
  const section = await db.section.findFirst({
    where: { id: sectionId, chapterId, retiredAt: null },
    select: {
      id: true,
      title: true,
      summary: true,
      seedHeading: true,
      noteHtml: true,
      exercises: true,
      chapter: { select: { id: true, title: true } },
      cards: {
        where: { retiredAt: null },
        orderBy: { order: "asc" },
        select: { id: true, type: true, frequency: true, difficulty: true, rendered: true, userCards: { where: { userId }, select: { state: true, due: true, suspended: true } } },
      },
    },
  });
  if (!section) throw AppError.notFound("section");
  const cards: SectionCard[] = section.cards.map(({ userCards, rendered, ...card }) => {
    const uc = userCards[0];
    return {
      ...card,
      content: readRenderedCard(rendered),
      status: {
        state: CARD_STATE_NAMES[uc?.state ?? CardState.New],
        due: uc && uc.state !== CardState.New ? uc.due.toISOString() : null,
        suspended: uc?.suspended ?? false,
      },
    };
  });
  return { ...section, exercises: readJsonColumn(idListSchema, section.exercises, "Section.exercises"), cards };
}
