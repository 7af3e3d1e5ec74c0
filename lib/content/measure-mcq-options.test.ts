import { describe, expect, it } from "vitest";
import { measureMcqOptions, textWidth } from "./measure-mcq-options";
import { mcqCardSchema } from "./schema";

const mcq = (options: { text: string; correct?: boolean; why?: string }[], multiAnswer = false) =>
  mcqCardSchema.parse({
    id: "m",
    type: "mcq",
    question: "q?",
    multiAnswer,
    options: options.map((o) => ({ why: o.correct ? undefined : "w", ...o })),
    explanation: "e",
    interview: { frequency: "high", difficulty: "easy" },
  });

describe("measureMcqOptions", () => {
  it("measures the correct option against the longest distractor", () => {
    const m = measureMcqOptions(mcq([{ text: "x".repeat(30), correct: true }, { text: "y".repeat(20) }, { text: "z".repeat(10) }]));
    expect(m).toEqual({ singleAnswer: true, correctIsLongest: true, ratio: 1.5 });
  });

  it("is not longest when a distractor is longer or as long (a tie gives no cue)", () => {
    expect(measureMcqOptions(mcq([{ text: "short", correct: true }, { text: "much longer" }])).correctIsLongest).toBe(false);
    expect(measureMcqOptions(mcq([{ text: "abcde", correct: true }, { text: "12345" }])).correctIsLongest).toBe(false);
  });

  it("trims white space before measuring", () => {
    expect(measureMcqOptions(mcq([{ text: "  abcd  \n", correct: true }, { text: "ab" }])).ratio).toBe(2);
  });

  it("marks multi-answer cards and uses their longest correct option", () => {
    const m = measureMcqOptions(mcq([{ text: "aaaa", correct: true }, { text: "aaaaaaaa", correct: true }, { text: "bbbb" }], true));
    expect(m).toEqual({ singleAnswer: false, correctIsLongest: true, ratio: 2 });
    expect(measureMcqOptions(mcq([{ text: "a", correct: true }, { text: "b", correct: true }], true)).correctIsLongest).toBe(false);
  });

  it("has no ratio when every option is correct", () => {
    expect(measureMcqOptions(mcq([{ text: "a", correct: true }, { text: "b", correct: true }], true)).ratio).toBeNull();
  });

  it("measures Chinese in display columns: a Han character or full-width mark is 2", () => {
    expect(textWidth("使用 Redis 的 zset。")).toBe(2 * 2 + 1 + 5 + 1 + 2 + 1 + 4 + 2);
    const m = measureMcqOptions(mcq([{ text: "主从复制", correct: true }, { text: "abcdef" }]));
    expect(m.ratio).toBeCloseTo(8 / 6);
  });
});
