import path from "node:path";
import { findClozeLeaks } from "./find-cloze-leaks";
import type { ContentProblem, LoadedChapter } from "./load";
import { measureMcqOptions } from "./measure-mcq-options";

/** By chance the correct option is the longest in 25–33% of 3–4-option cards; allow a little more. */
export const MAX_LONGEST_CORRECT_SHARE = 0.35;
/** A correct option this much longer than every distractor gives itself away. */
export const MAX_CORRECT_TO_DISTRACTOR_RATIO = 1.6;

export type AnswerCueFigures = {
  /** Single-answer MCQs measured. */
  singleAnswerMcqs: number;
  /** Of those, how many have the correct option strictly longer than every distractor. */
  correctLongest: number;
  /** correctLongest ÷ singleAnswerMcqs, 0 when there are none. */
  longestCorrectShare: number;
  /** Largest correct ÷ longest-distractor length ratio over every MCQ; 0 when there are none. */
  maxRatio: number;
  /** Card id of the largest ratio. */
  maxRatioCard: string | null;
  /** MCQs (any) with fewer than four options: reported, not an error. */
  underFourOptions: number;
  clozeCards: number;
  /** Cloze cards whose answer is visible elsewhere in the card. */
  clozeLeaks: number;
};

/**
 * Checks that cards don't give their answer away: the correct MCQ option is not systematically
 * the longest (deck-wide share) nor much longer than the distractors (per card), and no cloze
 * answer is visible in its own card. Returns the problems and the figures to print; the share's
 * problem is reported against `scopeFile` (the content folder, or the chapter checked).
 */
export function checkAnswerCues(
  chapters: LoadedChapter[],
  scopeFile: string,
): { problems: ContentProblem[]; figures: AnswerCueFigures } {
  const problems: ContentProblem[] = [];
  const figures: AnswerCueFigures = {
    singleAnswerMcqs: 0,
    correctLongest: 0,
    longestCorrectShare: 0,
    maxRatio: 0,
    maxRatioCard: null,
    underFourOptions: 0,
    clozeCards: 0,
    clozeLeaks: 0,
  };
  for (const section of chapters.flatMap((c) => c.sections)) {
    const file = path.join(section.dir, "section.yaml");
    section.cards.forEach((card, i) => {
      const where = `cards.${i} (${card.id})`;
      if (card.type === "mcq") {
        const m = measureMcqOptions(card);
        if (card.options.length < 4) figures.underFourOptions++;
        if (m.singleAnswer) {
          figures.singleAnswerMcqs++;
          if (m.correctIsLongest) figures.correctLongest++;
        }
        if (m.ratio !== null && m.ratio > figures.maxRatio) {
          figures.maxRatio = m.ratio;
          figures.maxRatioCard = card.id;
        }
        if (m.ratio !== null && m.ratio > MAX_CORRECT_TO_DISTRACTOR_RATIO) {
          problems.push({
            file,
            message: `${where}.options: the correct option is ${m.ratio.toFixed(2)}× the longest distractor (max ${MAX_CORRECT_TO_DISTRACTOR_RATIO}×): shorten it or give the distractors the same detail`,
          });
        }
      } else if (card.type === "cloze") {
        figures.clozeCards++;
        const leaks = findClozeLeaks(card);
        if (leaks.length > 0) {
          figures.clozeLeaks++;
          problems.push({
            file,
            message: `${where}.text: the answer ${leaks.map((a) => `"${a}"`).join(", ")} is visible elsewhere in the card (text, hint or explanation)`,
          });
        }
      }
    });
  }
  figures.longestCorrectShare = figures.singleAnswerMcqs ? figures.correctLongest / figures.singleAnswerMcqs : 0;
  if (figures.longestCorrectShare > MAX_LONGEST_CORRECT_SHARE) {
    problems.push({
      file: scopeFile,
      message: `the correct option is the longest in ${figures.correctLongest} of ${figures.singleAnswerMcqs} single-answer MCQs (${percent(figures.longestCorrectShare)}, max ${percent(MAX_LONGEST_CORRECT_SHARE)})`,
    });
  }
  return { problems, figures };
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** One line of figures, e.g. for content:check's output. */
export function formatAnswerCueFigures(label: string, f: AnswerCueFigures): string {
  return (
    `${label}: MCQ longest-correct share ${percent(f.longestCorrectShare)} (${f.correctLongest}/${f.singleAnswerMcqs} single-answer, max ${percent(MAX_LONGEST_CORRECT_SHARE)}), ` +
    `max correct/distractor ratio ${f.maxRatio.toFixed(2)}${f.maxRatioCard ? ` (${f.maxRatioCard})` : ""} (max ${MAX_CORRECT_TO_DISTRACTOR_RATIO}), ` +
    `MCQs with < 4 options ${f.underFourOptions}, cloze leaks ${f.clozeLeaks}/${f.clozeCards}`
  );
}
