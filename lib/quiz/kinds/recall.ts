import { AppError } from "../../errors";
import { requireCard, type QuizKind } from "./quiz-kind";

type RecallResponse = { knewIt: boolean };

/** Basic and cloze cards: the learner reveals the answer and grades themselves. */
export const recallKind: QuizKind = {
  kind: "recall",
  present(source) {
    const card = requireCard(source);
    // The answer is needed to self-grade; it reveals nothing a learner could exploit.
    return { kind: "recall", cardType: card.type, prompt: card.content.prompt, answer: card.content.answer };
  },
  check(_source, answer) {
    if (answer.knewIt === undefined) throw AppError.invalid("knewIt is required for a recall question");
    return { correct: answer.knewIt, response: { knewIt: answer.knewIt } satisfies RecallResponse };
  },
  reveal(source, response) {
    const { content } = requireCard(source);
    return { prompt: content.prompt, answer: content.answer, explanation: content.explanation, knewIt: response ? (response as RecallResponse).knewIt : null };
  },
};
