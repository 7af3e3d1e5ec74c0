import type { PresentedQuestion, RevealedQuestion } from "./kinds/quiz-kind";
import type { QuizMode } from "./quiz-schemas";

export type { PresentedQuestion, RevealedQuestion };

export type Feedback = { position: number; correct: boolean; reveal: RevealedQuestion };

export type QuizQuestionState = {
  position: number;
  kind: string;
  chapterId: string;
  question: PresentedQuestion;
  answered: boolean;
  /** Practice mode: the feedback of an answered question. Mock mode: always null. */
  feedback: Feedback | null;
};

export type QuizState = {
  id: string;
  mode: QuizMode;
  /** [] means all chapters. */
  chapterIds: string[];
  chapters: { id: string; title: string }[];
  length: number;
  timeLimitMs: number | null;
  startedAt: string;
  /** Mock mode: when time runs out. */
  deadline: string | null;
  remainingMs: number | null;
  finishedAt: string | null;
  answeredCount: number;
  /** Practice mode only (mock keeps the score secret until the end). */
  correctCount: number | null;
  /** The first unanswered question; null when all are answered. */
  currentPosition: number | null;
  questions: QuizQuestionState[];
};

export type StartedQuiz = QuizState & { requestedLength: number; notice: string | null };

export type AnswerResult =
  | { mode: "practice"; feedback: Feedback; answeredCount: number; correctCount: number }
  | { mode: "mock"; position: number; answeredCount: number; remainingMs: number };

export type ChapterScore = { chapterId: string; title: string; correct: number; total: number };

export type MissedQuestion = {
  position: number;
  kind: string;
  chapterId: string;
  chapterTitle: string;
  cardId: string | null;
  answered: boolean;
  reveal: RevealedQuestion;
};

export type QuizResults = {
  id: string;
  mode: QuizMode;
  chapterIds: string[];
  startedAt: string;
  finishedAt: string;
  timeTakenMs: number;
  timeLimitMs: number | null;
  correct: number;
  total: number;
  answered: number;
  percent: number;
  chapters: ChapterScore[];
  missed: MissedQuestion[];
  /** Distinct missed content cards that can be sent to review. */
  missedCardCount: number;
  missedSentAt: string | null;
};

export type QuizSummary = {
  id: string;
  mode: QuizMode;
  chapterIds: string[];
  chapterTitles: string[];
  length: number;
  startedAt: string;
  finishedAt: string | null;
  answeredCount: number;
  correctCount: number;
  percent: number | null;
  remainingMs: number | null;
};

export type QuizOverview = { unfinished: QuizSummary[]; history: QuizSummary[] };
