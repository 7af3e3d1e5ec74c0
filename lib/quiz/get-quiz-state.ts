import type { Db } from "../db";
import { quizKind } from "./kinds/registry";
import { chapterTitles, loadQuiz, type LoadedQuiz } from "./load-quiz";
import { deadlineOf, finishIfOverdue, remainingMs } from "./quiz-clock";
import type { Feedback, QuizState } from "./quiz-types";

export function feedbackFor(question: LoadedQuiz["questions"][number]): Feedback {
  return { position: question.position, correct: question.correct === true, reveal: quizKind(question.kind).reveal(question.source, question.responseValue) };
}

/** Everything the quiz page needs to show or resume a quiz (never an unanswered question's right answer). */
export async function getQuizState(db: Db, userId: string, quizId: string, now: Date = new Date()): Promise<QuizState> {
  const quiz = await loadQuiz(db, userId, quizId);
  const finishedAt = await finishIfOverdue(db, quiz, now);
  const titles = await chapterTitles(db, quiz.questions.map((q) => q.chapterId), quiz.locale);
  const practice = quiz.mode === "practice";
  const deadline = deadlineOf(quiz);
  return {
    id: quiz.id,
    mode: quiz.mode,
    chapterIds: quiz.chapterIdList,
    chapters: [...titles].map(([id, title]) => ({ id, title })),
    length: quiz.length,
    timeLimitMs: quiz.timeLimitMs,
    startedAt: quiz.startedAt.toISOString(),
    deadline: deadline?.toISOString() ?? null,
    remainingMs: remainingMs({ ...quiz, finishedAt }, now),
    finishedAt: finishedAt?.toISOString() ?? null,
    answeredCount: quiz.answeredCount,
    correctCount: practice || finishedAt ? quiz.correctCount : null,
    currentPosition: quiz.questions.find((q) => !q.answeredAt)?.position ?? null,
    questions: quiz.questions.map((q) => ({
      position: q.position,
      kind: q.kind,
      chapterId: q.chapterId,
      question: quizKind(q.kind).present(q.source),
      answered: q.answeredAt !== null,
      feedback: practice && q.answeredAt ? feedbackFor(q) : null,
    })),
  };
}
