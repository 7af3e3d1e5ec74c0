import type { Card } from "./schema";

type McqCard = Extract<Card, { type: "mcq" }>;

export type McqOptionMeasure = {
  /** One correct option (the deck-wide "correct is the longest" share counts only these). */
  singleAnswer: boolean;
  /** The (longest) correct option is strictly longer than every distractor: a tie gives no cue. */
  correctIsLongest: boolean;
  /** Longest correct option ÷ longest distractor, in display columns of `text` (see textWidth); null without distractors. */
  ratio: number | null;
};

/**
 * An option's length in display columns: a Han character or full-width punctuation mark counts
 * 2 (its width, and about what two Latin letters say), every other character 1. This keeps the
 * ratio honest when Chinese options mix in English terms (`使用 Redis 的 zset`).
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const c of text.trim()) width += /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1;
  return width;
}

const length = textWidth;

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
