import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../test/test-db";
import { createUser, seedContent } from "../../test/fixtures";
import { updateSettings } from "../../settings/update-settings";
import type { CardStateJson } from "../../review/card-state";
import { exportUserData } from "../../review/export-data";
import { getOfflinePack } from "../../review/get-offline-pack";
import { getQueue } from "../../review/get-queue";
import { replayExport } from "../../review/replay-export";
import { submitReviewBatch } from "../../review/submit-review-batch";
import type { Rating } from "../../review/vocabulary";
import { gradeOffline, gradeOnDevice } from "./grade-offline";
import { buildLocalQueue } from "./local-queue";

describe("offline review on the device", () => {
  const t = createTestDb();
  const db = t.db;
  beforeAll(() => seedContent(db, 8));
  afterAll(() => t.cleanup());

  it("the offline pack carries the next days' cards with content and state, and the scheduler snapshot", async () => {
    const user = await createUser(db);
    await updateSettings(db, user.id, { newPerDay: 3, desiredRetention: 0.85 });
    const now = new Date("2026-04-01T09:00:00Z");
    await submitReviewBatch(db, user.id, { grades: [{ reviewId: randomUUID(), cardId: "c5", rating: 3, reviewedAt: "2026-03-30T09:00:00Z" }] }, now);
    const pack = await getOfflinePack(db, user.id, now);
    expect(pack.userId).toBe(user.id);
    expect(pack.scheduler.request_retention).toBe(0.85);
    // c5 (learning, due by the horizon) first, then a day's new cards in content order.
    expect(pack.cards.map((c) => c.cardId)).toEqual(["c5", "c1", "c2", "c3"]);
    expect(pack.cards[0].state?.state).toBe("Learning");
    expect(pack.cards[1].content.prompt).toContain("Question c1");
  });

  it("grades on the device exactly as the server applies them when they sync, previews included", async () => {
    const user = await createUser(db);
    const start = new Date("2026-04-02T08:00:00Z");
    const pack = await getOfflinePack(db, user.id, start);
    // The device's queue at the start equals the server's, interval previews included.
    const local = buildLocalQueue({ ...pack, order: pack.cards.map((c) => c.cardId), fetchedAt: start.toISOString() }, pack.cards, start);
    const server = await getQueue(db, user.id, { limit: 3, now: start });
    expect(local.cards.slice(0, 3).map((c) => [c.cardId, c.previews])).toEqual(server.cards.map((c) => [c.cardId, c.previews]));

    const plan: [string, Rating, number][] = [["c1", 1, 0], ["c2", 3, 1], ["c1", 3, 5], ["c1", 3, 20], ["c2", 2, 60 * 26], ["c1", 4, 60 * 49]];
    const states = new Map<string, CardStateJson | null>(pack.cards.map((c) => [c.cardId, c.state]));
    const grades = plan.map(([cardId, rating, minutes]) => {
      const reviewedAt = new Date(start.getTime() + minutes * 60_000);
      states.set(cardId, gradeOffline(states.get(cardId) ?? null, pack.scheduler, rating, reviewedAt));
      return { reviewId: randomUUID(), cardId, rating, reviewedAt: reviewedAt.toISOString(), durationMs: 3000 };
    });
    const { results } = await submitReviewBatch(db, user.id, { grades }, new Date(start.getTime() + 3 * 86_400_000));
    expect(results.every((r) => r.status === "applied")).toBe(true);
    const data = await exportUserData(db, user.id);
    for (const card of data.cards) {
      const { cardId, suspended: _s, buriedUntil: _b, introducedAt: _i, ...state } = card;
      expect(state).toEqual(states.get(cardId));
    }
    expect(replayExport(data).mismatches).toEqual([]);
  });

  it("balances load and easy days on the device, and the server keeps the day it chose (appended or inserted)", async () => {
    const user = await createUser(db);
    // Only Tuesdays carry load: a balanced due date is a Tuesday whenever the fuzz range has one.
    await updateSettings(db, user.id, { newPerDay: 8, loadBalance: true, easyDays: [0, 0, 1, 0, 0, 0, 0] });
    const t0 = new Date("2026-05-01T08:00:00Z");
    const cards = ["c1", "c2", "c3", "c4", "c5", "c6"];
    // Easy on each new card: straight to review, about two weeks out.
    await submitReviewBatch(db, user.id, { grades: cards.map((cardId, i) => ({ reviewId: randomUUID(), cardId, rating: 4, reviewedAt: new Date(t0.getTime() + i * 60_000).toISOString() })) }, t0);
    const t1 = new Date(t0.getTime() + 20 * 86_400_000);
    const pack = await getOfflinePack(db, user.id, t1);
    expect(pack.balancing.dueLoad.counts.length).toBe(400);
    const meta = { ...pack, order: [], fetchedAt: t1.toISOString() };
    const states = new Map(pack.cards.map((c) => [c.cardId, c.state]));
    const grades = cards.map((cardId, i) => {
      const reviewedAt = new Date(t1.getTime() + i * 60_000);
      const graded = gradeOnDevice(states.get(cardId) ?? null, meta, 3, reviewedAt);
      states.set(cardId, graded.state);
      return { reviewId: randomUUID(), cardId, rating: 3 as const, reviewedAt: reviewedAt.toISOString(), ...(graded.chosenDue ? { chosenDue: graded.chosenDue } : {}) };
    });
    const chosen = grades.filter((g) => g.chosenDue);
    expect(chosen.length).toBeGreaterThan(0);
    for (const g of chosen) expect(new Date(g.chosenDue!).getUTCDay()).toBe(2);
    // Another device, without balancing, grades a balanced card later and syncs first: the
    // balanced grade then arrives older than the card's latest review and is inserted before it,
    // its chosen day checked against the card as it stood then.
    const balanced = chosen[0];
    const laterAt = new Date(t1.getTime() + 2 * 86_400_000);
    const laterGrade = { reviewId: randomUUID(), cardId: balanced.cardId, rating: 2 as const, reviewedAt: laterAt.toISOString() };
    expect((await submitReviewBatch(db, user.id, { grades: [laterGrade] }, laterAt)).results[0].status).toBe("applied");
    states.set(balanced.cardId, gradeOffline(states.get(balanced.cardId)!, pack.scheduler, 2, laterAt));
    const { results } = await submitReviewBatch(db, user.id, { grades }, laterAt);
    expect(results.every((r) => r.status === "applied")).toBe(true);
    const data = await exportUserData(db, user.id);
    for (const card of data.cards) {
      const { cardId, suspended: _s, buriedUntil: _b, introducedAt: _i, ...state } = card;
      expect(state, cardId).toEqual(states.get(cardId));
    }
    for (const g of chosen) expect(data.reviews.find((r) => r.id === g.reviewId)?.chosenDue).toBe(g.chosenDue);
    expect(replayExport(data).mismatches).toEqual([]);
  });

  it("two balancing devices grading the same cards end in the same states in both sync orders", async () => {
    const finals: unknown[] = [];
    for (const order of ["ab", "ba"]) {
      const user = await createUser(db);
      await updateSettings(db, user.id, { newPerDay: 8, easyDays: [0, 0, 1, 0, 0, 0, 0] });
      const t0 = new Date("2026-07-01T08:00:00Z");
      const pack = await getOfflinePack(db, user.id, t0);
      const meta = { ...pack, order: [], fetchedAt: t0.toISOString() };
      // Each device starts from the same pack and never sees the other's grades.
      const device = (offset: number, ratings: Rating[]) => {
        const states = new Map(pack.cards.map((c) => [c.cardId, c.state]));
        return ratings.map((rating, i) => {
          const cardId = `c${i + 1}`;
          const reviewedAt = new Date(t0.getTime() + (offset + i * 7) * 60_000);
          const graded = gradeOnDevice(states.get(cardId) ?? null, meta, rating, reviewedAt);
          states.set(cardId, graded.state);
          return { cardId, rating, reviewedAt: reviewedAt.toISOString(), ...(graded.chosenDue ? { chosenDue: graded.chosenDue } : {}) };
        });
      };
      const a = device(60, [4, 4, 3, 4, 2]);
      const b = device(90, [4, 3, 4, 4, 4]);
      expect([...a, ...b].some((g) => g.chosenDue)).toBe(true);
      for (const grades of order === "ab" ? [a, b] : [b, a]) await submitReviewBatch(db, user.id, { grades: grades.map((g) => ({ ...g, reviewId: randomUUID() })) }, new Date(t0.getTime() + 4 * 3_600_000));
      const data = await exportUserData(db, user.id);
      expect(data.reviews).toHaveLength(10);
      expect(replayExport(data).mismatches).toEqual([]);
      finals.push(data.cards.map(({ introducedAt: _i, ...card }) => card));
    }
    expect(finals[1]).toEqual(finals[0]);
  });

  it("does not apply a chosen due date outside the review's fuzz range: the grade keeps ts-fsrs's day", async () => {
    const user = await createUser(db);
    const t0 = new Date("2026-06-01T08:00:00Z");
    const reviewedAt = t0.toISOString();
    const before = gradeOffline(null, (await getOfflinePack(db, user.id, t0)).scheduler, 4, t0);
    const chosenDue = new Date(t0.getTime() + 300 * 86_400_000).toISOString();
    const { results } = await submitReviewBatch(db, user.id, { grades: [{ reviewId: randomUUID(), cardId: "c1", rating: 4, reviewedAt, chosenDue }] }, t0);
    expect(results[0].status).toBe("applied");
    expect(results[0].card?.due).toBe(before.due);
    // Kept as asked, and not applied by a replay either.
    const data = await exportUserData(db, user.id);
    expect(data.reviews[0].chosenDue).toBe(chosenDue);
    expect(replayExport(data).mismatches).toEqual([]);
  });

  it("builds the device's queue in the server's order: learning due, reviews due, then new cards", () => {
    const now = new Date("2026-04-03T10:00:00Z");
    const state = (name: CardStateJson["state"], due: string): CardStateJson => ({ state: name, due, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 1, lapses: 0, lastReview: "2026-04-01T10:00:00.000Z" });
    const card = (cardId: string, s: CardStateJson | null) => ({ cardId, type: "basic", sectionId: "sec", deckId: null, sectionTitle: "Section", content: { prompt: "<p>Q</p>", answer: "<p>A</p>", explanation: "" }, state: s });
    const cards = [card("n2", null), card("r1", state("Review", "2026-04-03T09:00:00.000Z")), card("l1", state("Learning", "2026-04-03T09:59:00.000Z")), card("n1", null), card("later", state("Review", "2026-04-05T00:00:00.000Z"))];
    const meta = { userId: "u", generatedAt: "", horizon: "", timezone: "UTC", newPerDay: 20, reviewsPerDay: 200, fetchedAt: "", order: ["n1", "n2"], scheduler: { request_retention: 0.9, maximum_interval: 36500, enable_fuzz: true, enable_short_term: true, learning_steps: ["1m" as const, "10m" as const], relearning_steps: ["10m" as const] } };
    const local = buildLocalQueue(meta, cards, now);
    expect(local.cards.map((c) => c.cardId)).toEqual(["l1", "r1", "n1", "n2"]);
    expect(local.counts).toEqual({ learning: 1, review: 1, new: 2 });
    expect(buildLocalQueue(meta, [cards[4]], now).nextDueAt).toBe("2026-04-05T00:00:00.000Z");
  });
});
