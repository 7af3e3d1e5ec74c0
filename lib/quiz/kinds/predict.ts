import type { RenderedCard } from "../../content/render-card";
import { mcqKind } from "./mcq";
import type { QuestionSource, QuizKind } from "./quiz-kind";

/**
 * Predict: a trace of an exercise's reference implementation, generated when the quiz
 * starts and stored in the question's payload (a multiple-choice face with the answer
 * computed by running the reference). From then on it is asked and checked like mcq.
 */
const asMcq = (source: QuestionSource): QuestionSource => ({
  ...source,
  card: { id: source.card?.id ?? "predict", type: "predict", content: source.payload as RenderedCard },
});

export const predictKind: QuizKind = {
  kind: "predict",
  present: (source) => mcqKind.present(asMcq(source)),
  check: (source, answer) => mcqKind.check(asMcq(source), answer),
  reveal: (source, response) => mcqKind.reveal(asMcq(source), response),
};
