import type { Card } from "./schema";

type McqCard = Extract<Card, { type: "mcq" }>;

export type McqOptionMeasure = {
  /** One correct option (the deck-wide "correct is the longest" share counts only these). */
  singleAnswer: boolean;
  /** The (longest) correct option is strictly longer than every distractor: a tie gives no cue. */
  correctIsLongest: boolean;
  /** Longest correct option ÷ longest distractor, in characters of `text`; null without distractors. */
  ratio: number | null;
};

const length = (text: string) => text.trim().length;

/**
 * Measures the length cue of a multiple-choice card: a test-wise learner who always picks the
 * longest, most detailed option should do no better than chance.
 */
export function measureMcqOptions(card: McqCard): McqOptionMeasure {
  const correct = card.options.filter((o) => o.correct).map((o) => length(o.text));
  const wrong = card.options.filter((o) => !o.correct).map((o) => length(o.text));
  const longestCorrect = Math.max(0, ...correct);
  const longestWrong = Math.max(0, ...wrong);
  return {
    singleAnswer: !card.multiAnswer && correct.length === 1,
    correctIsLongest: wrong.length > 0 && longestCorrect > longestWrong,
    ratio: wrong.length === 0 || longestWrong === 0 ? null : longestCorrect / longestWrong,
  };
}
