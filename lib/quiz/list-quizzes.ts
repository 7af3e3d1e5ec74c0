import type { Db } from "../db";
import { chapterTitles } from "./load-quiz";
import { finishIfOverdue, remainingMs } from "./quiz-clock";
import type { QuizMode } from "./quiz-schemas";
import type { QuizOverview, QuizSummary } from "./quiz-types";
import { idListSchema, readJsonColumn } from "../db/json-column";

const HISTORY_LIMIT = 100;

/** The user's unfinished quizzes (to resume) and finished ones, newest first. */
export async function listQuizzes(db: Db, userId: string, now: Date = new Date()): Promise<QuizOverview> {
  const select = { id: true, mode: true, chapterIds: true, length: true, startedAt: true, finishedAt: true, timeLimitMs: true, answeredCount: true, correctCount: true } as const;
  const open = await db.quiz.findMany({ where: { userId, finishedAt: null }, orderBy: { startedAt: "desc" }, select });
  // Overdue mock quizzes end at their deadline before they are listed.
  let expired = false;
  for (const quiz of open) if (await finishIfOverdue(db, quiz, now)) expired = true;
  const [unfinished, finished] = await Promise.all([
    expired ? db.quiz.findMany({ where: { userId, finishedAt: null }, orderBy: { startedAt: "desc" }, select }) : open,
    db.quiz.findMany({ where: { userId, finishedAt: { not: null } }, orderBy: { startedAt: "desc" }, take: HISTORY_LIMIT, select }),
  ]);
  const all = [...unfinished, ...finished];
  const titles = await chapterTitles(db, all.flatMap((q) => readJsonColumn(idListSchema, q.chapterIds, "Quiz.chapterIds")));
  const summary = (q: (typeof all)[number]): QuizSummary => {
    const chapterIds = readJsonColumn(idListSchema, q.chapterIds, "Quiz.chapterIds");
    return {
      id: q.id,
      mode: q.mode as QuizMode,
      chapterIds,
      chapterTitles: chapterIds.map((id) => titles.get(id) ?? id),
      length: q.length,
      startedAt: q.startedAt.toISOString(),
      finishedAt: q.finishedAt?.toISOString() ?? null,
      answeredCount: q.answeredCount,
      correctCount: q.finishedAt || q.mode === "practice" ? q.correctCount : 0,
      percent: q.finishedAt ? Math.round((q.correctCount / Math.max(1, q.length)) * 100) : null,
      remainingMs: remainingMs(q, now),
    };
  };
  return { unfinished: unfinished.map(summary), history: finished.map(summary) };
}
