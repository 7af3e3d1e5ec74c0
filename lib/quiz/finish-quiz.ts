import type { Db } from "../db";
import { AppError } from "../errors";
import { feedbackFor } from "./get-quiz-state";
import { chapterTitles, loadQuiz, type LoadedQuiz } from "./load-quiz";
import { deadlineOf, finishIfOverdue } from "./quiz-clock";
import type { ChapterScore, QuizResults } from "./quiz-types";

/** Ends the quiz (idempotent; a mock quiz never ends later than its deadline) and returns the results. */
export async function finishQuiz(db: Db, userId: string, quizId: string, now: Date = new Date()): Promise<QuizResults> {
  const quiz = await loadQuiz(db, userId, quizId);
  let finishedAt = await finishIfOverdue(db, quiz, now);
  if (!finishedAt) {
    const deadline = deadlineOf(quiz);
    const at = deadline && deadline < now ? deadline : now;
    await db.quiz.updateMany({ where: { id: quiz.id, finishedAt: null }, data: { finishedAt: at } });
    finishedAt = (await db.quiz.findUnique({ where: { id: quiz.id }, select: { finishedAt: true } }))?.finishedAt ?? at;
  }
  return buildResults(db, { ...quiz, finishedAt });
}

/** The results of a finished quiz (409 while it is still running). */
export async function getQuizResults(db: Db, userId: string, quizId: string, now: Date = new Date()): Promise<QuizResults> {
  const quiz = await loadQuiz(db, userId, quizId);
  const finishedAt = await finishIfOverdue(db, quiz, now);
  if (!finishedAt) throw new AppError("QUIZ_NOT_FINISHED", "this quiz is not finished yet");
  return buildResults(db, { ...quiz, finishedAt });
}

async function buildResults(db: Db, quiz: LoadedQuiz & { finishedAt: Date }): Promise<QuizResults> {
  const titles = await chapterTitles(db, quiz.questions.map((q) => q.chapterId), quiz.locale);
  const byChapter = new Map<string, ChapterScore>();
  for (const q of quiz.questions) {
    const entry = byChapter.get(q.chapterId) ?? { chapterId: q.chapterId, title: titles.get(q.chapterId) ?? q.chapterId, correct: 0, total: 0 };
    entry.total++;
    if (q.correct === true) entry.correct++;
    byChapter.set(q.chapterId, entry);
  }
  // Unanswered questions (time ran out, or finished early) count as wrong.
  const missed = quiz.questions.filter((q) => q.correct !== true);
  const correct = quiz.questions.length - missed.length;
  const total = quiz.questions.length;
  return {
    id: quiz.id,
    mode: quiz.mode,
    chapterIds: quiz.chapterIdList,
    startedAt: quiz.startedAt.toISOString(),
    finishedAt: quiz.finishedAt.toISOString(),
    timeTakenMs: quiz.finishedAt.getTime() - quiz.startedAt.getTime(),
    timeLimitMs: quiz.timeLimitMs,
    correct,
    total,
    answered: quiz.questions.filter((q) => q.answeredAt).length,
    percent: total ? Math.round((correct / total) * 100) : 0,
    chapters: [...byChapter.values()].sort((a, b) => a.title.localeCompare(b.title)),
    missed: missed.map((q) => ({
      position: q.position,
      kind: q.kind,
      chapterId: q.chapterId,
      chapterTitle: titles.get(q.chapterId) ?? q.chapterId,
      cardId: q.cardId,
      answered: q.answeredAt !== null,
      reveal: feedbackFor(q).reveal,
    })),
    missedCardCount: new Set(missed.flatMap((q) => (q.cardId ? [q.cardId] : []))).size,
    missedSentAt: quiz.missedSentAt?.toISOString() ?? null,
  };
}
