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
import { gradeOffline } from "./grade-offline";
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
