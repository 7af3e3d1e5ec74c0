import { describe, expect, it } from "vitest";
import { checkAnswerCues, formatAnswerCueFigures, MAX_CORRECT_TO_DISTRACTOR_RATIO, MAX_LONGEST_CORRECT_SHARE } from "./check-answer-cues";
import type { LoadedChapter } from "./load";
import { cardSchema, type Card } from "./schema";

const interview = { frequency: "high", difficulty: "easy" };

/** A single-answer MCQ whose correct option has `correct` characters and distractors `wrong`. */
function mcq(id: string, correct: number, wrong: number[]): Card {
  return cardSchema.parse({
    id,
    type: "mcq",
    question: `${id}?`,
    options: [{ text: "c".repeat(correct), correct: true }, ...wrong.map((n) => ({ text: "w".repeat(n), why: "misconception" }))],
    explanation: "e",
    interview,
  });
}

const cloze = (id: string, text: string, explanation = "e"): Card => cardSchema.parse({ id, type: "cloze", text, explanation, interview });

function chapter(id: string, cards: Card[]): LoadedChapter {
  const dir = `/content/${id}`;
  const section = { id: `${id}-s`, title: "T", seedHeading: "H", order: 1, summary: "S", exercises: [], cards, chapterId: id, note: "", dir: `${dir}/${id}-s` };
  return { id, title: "T", seedHeading: "H", order: 1, summary: "S", dir, sections: [section] };
}

describe("checkAnswerCues", () => {
  it("passes a chapter where the correct option is the longest in at most 35% of cards", () => {
    // 1 of 3 longest (33%), every ratio ≤ 1.6.
    const { problems, figures } = checkAnswerCues([chapter("ok", [mcq("a", 30, [20, 25]), mcq("b", 20, [30, 25]), mcq("c", 20, [21, 10])])], "/content");
    expect(problems).toEqual([]);
    expect(figures).toMatchObject({ singleAnswerMcqs: 3, correctLongest: 1, maxRatio: 1.2, maxRatioCard: "a", underFourOptions: 3 });
    expect(figures.longestCorrectShare).toBeCloseTo(1 / 3);
  });

  it("fails the scope when the correct option is the longest in more than 35% of single-answer MCQs", () => {
    const cards = [mcq("a", 30, [25, 20, 20]), mcq("b", 30, [29, 20, 20]), mcq("c", 20, [30, 25, 25])];
    const { problems, figures } = checkAnswerCues([chapter("bad", cards)], "/content");
    expect(figures.longestCorrectShare).toBeGreaterThan(MAX_LONGEST_CORRECT_SHARE);
    expect(figures.underFourOptions).toBe(0);
    expect(problems).toEqual([{ file: "/content", message: expect.stringMatching(/longest in 2 of 3 single-answer MCQs \(66\.7%, max 35\.0%\)/) }]);
  });

  it("fails a card whose correct option is more than 1.6× the longest distractor, naming the file and card", () => {
    const cards = [mcq("fine", 16, [10, 20]), mcq("giveaway", 33, [20, 10]), mcq("x", 10, [30]), mcq("y", 10, [30])];
    const { problems, figures } = checkAnswerCues([chapter("ch", cards)], "/content");
    expect(figures.maxRatio).toBeCloseTo(1.65);
    expect(figures.maxRatioCard).toBe("giveaway");
    expect(problems).toEqual([
      { file: "/content/ch/ch-s/section.yaml", message: expect.stringMatching(/^cards\.1 \(giveaway\)\.options: the correct option is 1\.65× the longest distractor \(max 1\.6×\)/) },
    ]);
    expect(MAX_CORRECT_TO_DISTRACTOR_RATIO).toBe(1.6);
  });

  it("fails a cloze card whose answer is visible elsewhere, and counts the leaks", () => {
    const cards = [cloze("clean", "Go maps are {{Swiss tables}} since Go 1.24."), cloze("leaky", "Redis {{8}} adds vector sets.", "Redis 8 is tri-licensed.")];
    const { problems, figures } = checkAnswerCues([chapter("ch", cards)], "/content");
    expect(figures).toMatchObject({ clozeCards: 2, clozeLeaks: 1, singleAnswerMcqs: 0, longestCorrectShare: 0 });
    expect(problems).toEqual([{ file: "/content/ch/ch-s/section.yaml", message: 'cards.1 (leaky).text: the answer "8" is visible elsewhere in the card (text, hint or explanation)' }]);
  });

  it("formats the figures on one line", () => {
    const { figures } = checkAnswerCues([chapter("ch", [mcq("a", 30, [20, 25, 10])])], "/content");
    expect(formatAnswerCueFigures("deck", figures)).toBe(
      "deck: MCQ longest-correct share 100.0% (1/1 single-answer, max 35.0%), max correct/distractor ratio 1.20 (a) (max 1.6), MCQs with < 4 options 0, cloze leaks 0/0",
    );
  });
});
