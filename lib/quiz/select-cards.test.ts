import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setSuspended } from "../review/set-card-hidden";
import { submitReview } from "../review/submit-review";
import { createUser } from "../test/fixtures";
import { createTestDb } from "../test/test-db";
import { cardWeight } from "./card-weight";
import { seedQuizContent } from "./quiz-fixtures";
import { loadCandidates, pickCandidates } from "./select-cards";
import { startQuiz } from "./start-quiz";
import { seededRandom, weightedSample } from "./weighted-sample";

const t = createTestDb();
const db = t.db;
beforeAll(() => seedQuizContent(db));
afterAll(() => t.cleanup());

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n, 9));
const grade = (userId: string, cardId: string, rating: number, now: Date) => submitReview(db, userId, { reviewId: randomUUID(), cardId, rating }, now);

describe("weighted sampling", () => {
  it("draws heavier items more often, never repeats, and is reproducible with a seed", () => {
    const items = [{ item: "heavy", weight: 6 }, { item: "light", weight: 1 }, { item: "mid", weight: 2 }, { item: "zero", weight: 0 }];
    const firsts: Record<string, number> = { heavy: 0, light: 0, mid: 0, zero: 0 };
    const random = seededRandom(42);
    for (let i = 0; i < 3000; i++) {
      const drawn = weightedSample(items, 2, random);
      expect(new Set(drawn).size).toBe(2);
      expect(drawn).not.toContain("zero");
      firsts[drawn[0]]++;
    }
    // P(first) is proportional to weight: 6/9, 2/9, 1/9.
    expect(firsts.heavy / 3000).toBeCloseTo(6 / 9, 1);
    expect(firsts.mid / 3000).toBeCloseTo(2 / 9, 1);
    expect(firsts.light / 3000).toBeCloseTo(1 / 9, 1);
    expect(weightedSample(items, 3, seededRandom(7))).toEqual(weightedSample(items, 3, seededRandom(7)));
  });
});

describe("quiz card selection", () => {
  it("weights weak and high-frequency cards up, excludes suspended cards, and never repeats", async () => {
    const user = await createUser(db);
    // r1 known well (Easy twice), r2 forgotten repeatedly (lapses), m3 suspended.
    await grade(user.id, "r1", 4, day(0));
    await grade(user.id, "r1", 4, day(10));
    for (const [d, rating] of [[0, 3], [0, 3], [3, 1], [3, 3], [6, 1], [6, 3]] as const) await grade(user.id, "r2", rating, new Date(day(d).getTime() + rating * 60_000));
    await setSuspended(db, user.id, { cardId: "m3" }, true);
    const now = day(12);

    const candidates = await loadCandidates(db, user.id, [], now);
    const weight = Object.fromEntries(candidates.map((c) => [c.cardId, c.weight]));
    expect(Object.keys(weight).sort()).toEqual(["m1", "m2", "m4", "r1", "r2", "r3", "r4", "r5"]);
    // Same frequency (medium): lapsed r2 > unseen r5 > well-known r1.
    expect(weight.r2).toBeGreaterThan(weight.r5);
    expect(weight.r5).toBeGreaterThan(weight.r1);
    // Same (unseen) state: high 3 × low 1.
    expect(weight.m1 / weight.m2).toBeCloseTo(3, 5);
    expect(weight.r5).toBeCloseTo(cardWeight("medium", null, now), 10);

    const random = seededRandom(1);
    const counts: Record<string, number> = {};
    for (let i = 0; i < 2000; i++) {
      const picked = pickCandidates(candidates, 3, random).map((c) => c.cardId);
      expect(new Set(picked).size).toBe(3);
      for (const id of picked) counts[id] = (counts[id] ?? 0) + 1;
    }
    expect(counts.m3).toBeUndefined();
    expect(counts.r2).toBeGreaterThan(counts.r1 * 2);
    expect(counts.m1).toBeGreaterThan(counts.m2 * 1.5);
    expect(counts.r3).toBeGreaterThan(counts.r4 * 1.5);
  });

  it("stores every question at start, makes a shorter quiz when the chapters run out, and rejects unknown chapters", async () => {
    const user = await createUser(db);
    await setSuspended(db, user.id, { cardId: "r4" }, true);
    const quiz = await startQuiz(db, user.id, { chapterIds: ["db"], length: 10, mode: "practice" }, day(1), seededRandom(3));
    expect(quiz.length).toBe(2);
    expect(quiz.requestedLength).toBe(10);
    expect(quiz.notice).toMatch(/Only 2 eligible cards/);
    const rows = await db.quizQuestion.findMany({ where: { quizId: quiz.id }, orderBy: { position: "asc" } });
    expect(rows.map((r) => r.position)).toEqual([1, 2]);
    expect(rows.map((r) => r.cardId).sort()).toEqual(["r3", "r5"]);
    expect(rows.every((r) => r.kind === "recall" && r.chapterId === "db")).toBe(true);

    const all = await startQuiz(db, user.id, { chapterIds: [], length: 10, mode: "mock" }, day(1), seededRandom(4));
    expect(all.length).toBe(8);
    expect(all.timeLimitMs).toBe(8 * 60_000);
    expect(all.questions.filter((q) => q.kind === "mcq").length).toBe(4);

    await expect(startQuiz(db, user.id, { chapterIds: ["nope"], length: 10, mode: "practice" })).rejects.toMatchObject({ code: "INVALID_INPUT", message: "unknown chapter: nope" });
    await expect(startQuiz(db, user.id, { chapterIds: [], length: 15, mode: "practice" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(startQuiz(db, user.id, { length: 10, mode: "exam" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
