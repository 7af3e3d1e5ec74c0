import type { Db } from "../db";
import { AppError } from "../errors";
import type { QuestionSource } from "./kinds/quiz-kind";
import type { QuizMode } from "./quiz-schemas";
import { z } from "zod";
import { idListSchema, readJsonColumn } from "../db/json-column";
import { readRenderedCard } from "../content/rendered-card-schema";
import { getSettings } from "../settings/get-settings";

const questionSelect = {
  id: true, position: true, kind: true, cardId: true, chapterId: true, payload: true, response: true,
  correct: true, answeredAt: true, timeMs: true,
} as const;

/** The user's quiz with its questions and their cards (in the user's language); another user's quiz is "not found". */
export async function loadQuiz(db: Db, userId: string, quizId: string) {
  const [quiz, settings] = await Promise.all([
    db.quiz.findFirst({
      where: { id: quizId, userId },
      include: { questions: { orderBy: { position: "asc" }, select: questionSelect } },
    }),
    getSettings(db, userId),
  ]);
  if (!quiz) throw AppError.notFound("quiz");
  const cardIds = quiz.questions.flatMap((q) => (q.cardId ? [q.cardId] : []));
  const cards = await db.card.findMany({ where: { id: { in: cardIds } }, select: { id: true, type: true, rendered: true, renderedZh: true } });
  const zh = settings.locale === "zh";
  const byId = new Map(cards.map((c) => [c.id, { id: c.id, type: c.type, content: readRenderedCard((zh && c.renderedZh) || c.rendered) }]));
  const questions = quiz.questions.map((q) => ({
    ...q,
    source: { kind: q.kind, card: q.cardId ? (byId.get(q.cardId) ?? null) : null, payload: readJsonColumn(z.unknown(), q.payload, "QuizQuestion.payload") } satisfies QuestionSource,
    responseValue: q.response ? readJsonColumn(z.unknown(), q.response, "QuizQuestion.response") : null,
  }));
  return { ...quiz, locale: settings.locale, mode: quiz.mode as QuizMode, chapterIdList: readJsonColumn(idListSchema, quiz.chapterIds, "Quiz.chapterIds"), questions };
}

export type LoadedQuiz = Awaited<ReturnType<typeof loadQuiz>>;

/** Chapter titles in `locale` (English where a chapter has no Chinese title); an own deck stands in for a chapter in a quiz (see select-cards.ts). */
export async function chapterTitles(db: Db, ids: Iterable<string>, locale: "en" | "zh" = "en"): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const [chapters, decks] = await Promise.all([
    db.chapter.findMany({ where: { id: { in: unique } }, select: { id: true, title: true, titleZh: true } }),
    db.deck.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } }),
  ]);
  return new Map([...decks.map((d) => [d.id, d.name] as const), ...chapters.map((c) => [c.id, (locale === "zh" && c.titleZh) || c.title] as const)]);
}
