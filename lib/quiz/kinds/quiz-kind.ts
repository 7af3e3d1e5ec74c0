import type { EstimateVerdictWording } from "../../estimate/estimate-wording";
import type { RenderedCard } from "../../content/render-card";
import type { AnswerInput } from "../quiz-schemas";

/** What a question is made from: its content card (if any) and the kind-specific payload. */
export type QuestionSource = {
  kind: string;
  card: { id: string; type: string; content: RenderedCard } | null;
  payload: unknown;
};

/** What the browser may see before answering: never which option is correct. */
export type PresentedQuestion =
  | { kind: "mcq"; prompt: string; multiAnswer: boolean; options: { html: string }[] }
  | { kind: "recall"; cardType: string; prompt: string; answer: string }
  | { kind: "estimate"; prompt: string; hint: string };

/** Everything about a question once it is answered (or the quiz is over). */
export type RevealedQuestion = {
  prompt: string;
  /** The right answer as HTML (empty for mcq: the options carry it). */
  answer: string;
  explanation: string;
  options?: { html: string; correct: boolean; why: string | null }[];
  /** mcq: the options the learner picked; null when unanswered. */
  picked?: number[] | null;
  /** recall: the learner's self-grade; null when unanswered. */
  knewIt?: boolean | null;
  /** estimate: the right answer, what the learner typed and how far off it was (null when unanswered). */
  estimate?: { answerText: string; typed: string | null; verdict: string | null; wording: EstimateVerdictWording | null };
};

/**
 * A question kind: how it is shown and how an answer is checked. Adding a kind (e.g.
 * "predict") means one module implementing this and one line in the registry.
 */
export interface QuizKind {
  kind: string;
  present(source: QuestionSource): PresentedQuestion;
  /** Checks the answer on the server; throws a 400 AppError when the body does not fit this kind. */
  check(source: QuestionSource, answer: AnswerInput): { correct: boolean; response: unknown };
  /** The full reveal, with the learner's stored response (null when never answered). */
  reveal(source: QuestionSource, response: unknown): RevealedQuestion;
}

export function requireCard(source: QuestionSource) {
  if (!source.card) throw new Error(`a ${source.kind} question needs a card`);
  return source.card;
}
