import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LoadedChapter } from "../content/load";
import type { RenderedCard } from "../content/render-card";
import type { Card } from "../content/schema";
import { syncContent } from "../content/sync-content";
import { AppError } from "../errors";
import { answerQuestion } from "../quiz/answer-question";
import { finishQuiz } from "../quiz/finish-quiz";
import { startQuiz } from "../quiz/start-quiz";
import { seededRandom } from "../random/seeded-random";
import { getQueue } from "../review/get-queue";
import { submitReview } from "../review/submit-review";
import { basicCard, createUser } from "../test/fixtures";
import { createTestDb } from "../test/test-db";
import { checkEstimateAnswer } from "./check-estimate-answer";
import { ensureEstimate } from "./estimate-questions";
import { estimateSeed } from "./estimate-seed";

function estimateCard(id: string): Card {
  return {
    id,
    type: "estimate",
    prompt: "{dau} users each store {photos} photos of {size} a day. Storage per year?",
    params: { dau: { min: 10_000_000, max: 500_000_000, step: 1_000_000, format: "count" }, photos: { values: [2, 3, 4], format: "count" }, size: { min: 100, max: 900, step: 10, unit: "KB", format: "count" } },
    steps: [
      { name: "perDay", label: "Per day", expr: "dau * photos * size", unit: "TB" },
      { name: "perYear", label: "Per year", expr: "perDay * 365", unit: "PB" },
    ],
    answer: { unit: "PB", per: "year", nouns: [] },
    assumptions: ["One copy."],
    explanation: "DAU × photos × size × 365.",
    interview: { frequency: "high", difficulty: "easy" },
    tags: [],
    exercises: [],
  };
}

function chapter(id: string, cards: Card[]): LoadedChapter {
  return {
    id, title: `Chapter ${id}`, seedHeading: id, order: 1, summary: "A chapter.", dir: `/virtual/${id}`,
    sections: [{ id: `${id}-sec`, title: "Section", seedHeading: `${id}-sec`, order: 1, summary: "A section.", exercises: [], cards, chapterId: id, note: "A note.", dir: `/virtual/${id}/sec` }],
  };
}

const t = createTestDb();
const db = t.db;
beforeAll(() =>
  syncContent(db, [
    // "small": the estimate card first, then 9 basic cards (a 10-question quiz asks all of them).
    chapter("small", [estimateCard("small-est"), ...Array.from({ length: 9 }, (_, i) => basicCard(`small-b${i}`))]),
    // "big": 40 basic cards and one estimate card, for the mock-interview guarantee.
    chapter("big", [...Array.from({ length: 40 }, (_, i) => basicCard(`big-b${i}`)), estimateCard("big-est")]),
  ]),
);
afterAll(() => t.cleanup());

describe("estimate cards in review", () => {
  it("draws numbers per user and repetition, sends the face but not the template, and grades the worked answer Good", async () => {
    const user = await createUser(db);
    const now = new Date("2026-03-01T10:00:00Z");
    const first = (await getQueue(db, user.id, { limit: 5, now })).cards.find((c) => c.cardId === "small-est")!;
    expect(first.content.estimateTemplate).toBeUndefined();
    expect(first.content.estimate!.seed).toBe(estimateSeed(user.id, "small-est", 0));
    expect(first.content.prompt).toMatch(/\d+M users each store \d photos of [\d,]+ KB a day/);
    expect(first.content.answer).toContain("Assumptions");
    // A reload shows the same question.
    const again = (await getQueue(db, user.id, { limit: 5, now })).cards.find((c) => c.cardId === "small-est")!;
    expect(again.content).toEqual(first.content);

    const face = first.content.estimate!;
    const exact = checkEstimateAnswer(face.answerText, face.answer, face.spec);
    expect(exact).toMatchObject({ kind: "graded", grade: { suggestedRating: 3, exact: true } });
    expect(checkEstimateAnswer(`${face.answer * 10} PB`, face.answer, face.spec)).toMatchObject({ grade: { suggestedRating: 1 } });

    // Reviewed like any card (FSRS); the next repetition draws new numbers.
    await submitReview(db, user.id, { reviewId: crypto.randomUUID(), cardId: "small-est", rating: 3 }, now);
    const later = new Date("2026-03-05T10:00:00Z");
    const next = (await getQueue(db, user.id, { limit: 50, now: later })).cards.find((c) => c.cardId === "small-est")!;
    expect(next.state?.reps).toBe(1);
    expect(next.content.estimate!.seed).toBe(estimateSeed(user.id, "small-est", 1));
  });
});

describe("estimate questions in quizzes", () => {
  it("is checked on the server: a readable answer is graded on the log error, an unreadable one is refused", async () => {
    const user = await createUser(db);
    const quiz = await startQuiz(db, user.id, { chapterIds: ["small"], length: 10, mode: "practice" });
    const question = quiz.questions.find((q) => q.kind === "estimate")!;
    expect(question.question).toMatchObject({ kind: "estimate", hint: expect.stringContaining("PB per year") });
    // The presented question carries no answer.
    expect(JSON.stringify(question.question)).not.toContain("answerText");

    const row = await db.quizQuestion.findFirstOrThrow({ where: { quizId: quiz.id, position: question.position } });
    const face = (JSON.parse(row.payload) as RenderedCard).estimate!;
    const refused = await answerQuestion(db, user.id, quiz.id, { position: question.position, estimate: "lots" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).message).toMatch(/does not start with a number/);

    // Twice the answer, typed in TB per day: within 3×, so correct (Hard).
    const perDayTb = (face.answer * 2 * 1000) / 365;
    const result = await answerQuestion(db, user.id, quiz.id, { position: question.position, estimate: `${perDayTb} TB/day` });
    expect(result).toMatchObject({ mode: "practice", feedback: { correct: true, reveal: { estimate: { verdict: expect.stringMatching(/^Close: within 3×/) } } } });
    if (result.mode === "practice") expect(result.feedback.reveal.answer).toContain("Per year");
  });

  it("grades an answer in the wrong dimension as wrong", async () => {
    const user = await createUser(db);
    const quiz = await startQuiz(db, user.id, { chapterIds: ["small"], length: 10, mode: "practice" });
    const { position } = quiz.questions.find((q) => q.kind === "estimate")!;
    const result = await answerQuestion(db, user.id, quiz.id, { position, estimate: "5 ms" });
    expect(result).toMatchObject({ feedback: { correct: false, reveal: { estimate: { verdict: expect.stringMatching(/^Wrong unit/) } } } });
  });

  it("puts at least one estimate question in every mock interview", async () => {
    const user = await createUser(db);
    for (let seed = 1; seed <= 5; seed++) {
      const quiz = await startQuiz(db, user.id, { chapterIds: ["big"], length: 10, mode: "mock" }, new Date(), seededRandom(seed));
      expect(quiz.questions).toHaveLength(10);
      expect(quiz.questions.filter((q) => q.kind === "estimate")).toHaveLength(1);
      const results = await finishQuiz(db, user.id, quiz.id);
      expect(results.missed.find((m) => m.kind === "estimate")?.reveal.estimate).toMatchObject({ typed: null });
    }
  });
});

describe("ensureEstimate", () => {
  const c = (cardId: string, type = "basic") => ({ cardId, type, weight: 1 });
  const random = seededRandom(3);
  it("swaps one estimate in when the draw has none, keeps the draw otherwise", () => {
    const all = [c("a"), c("b"), c("c"), c("e", "estimate")];
    const swapped = ensureEstimate([c("a"), c("b")], all, 2, random);
    expect(swapped.map((x) => x.type).sort()).toEqual(["basic", "estimate"]);
    expect(ensureEstimate([c("a"), c("e", "estimate")], all, 2, random).map((x) => x.cardId)).toEqual(["a", "e"]);
    expect(ensureEstimate([c("a")], all, 2, random).map((x) => x.cardId)).toEqual(["a", "e"]);
    expect(ensureEstimate([c("a"), c("b")], [c("a"), c("b")], 2, random).map((x) => x.cardId)).toEqual(["a", "b"]);
  });
});
