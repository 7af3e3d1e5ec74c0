import { AppError } from "../../errors";
import { requireCard, type QuizKind } from "./quiz-kind";

type McqResponse = { choice: number[] };

/** Multiple choice: right when the picked set equals the correct set exactly. */
export const mcqKind: QuizKind = {
  kind: "mcq",
  present(source) {
    const { content } = requireCard(source);
    return { kind: "mcq", prompt: content.prompt, multiAnswer: content.multiAnswer ?? false, options: (content.options ?? []).map((o) => ({ html: o.html })) };
  },
  check(source, answer) {
    const { content } = requireCard(source);
    const options = content.options ?? [];
    if (!answer.choice) throw AppError.invalid("choice is required for a multiple-choice question");
    const choice = [...new Set(answer.choice)].sort((a, b) => a - b);
    if (choice.length !== answer.choice.length) throw AppError.invalid("choice lists an option twice");
    if (choice.some((i) => i >= options.length)) throw AppError.invalid(`choice must be option indexes 0..${options.length - 1}`);
    if (!content.multiAnswer && choice.length !== 1) throw AppError.invalid("this question takes exactly one choice");
    const correctSet = options.flatMap((o, i) => (o.correct ? [i] : []));
    const correct = correctSet.length === choice.length && correctSet.every((i, k) => choice[k] === i);
    return { correct, response: { choice } satisfies McqResponse };
  },
  reveal(source, response) {
    const { content } = requireCard(source);
    return {
      prompt: content.prompt,
      answer: "",
      explanation: content.explanation,
      options: content.options ?? [],
      picked: response ? (response as McqResponse).choice : null,
    };
  },
};
