import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fsrs, createEmptyCard, Rating } from "ts-fsrs";
import { AppError } from "../errors";
import { createTestDb } from "../test/test-db";
import { createUser, seedContent } from "../test/fixtures";
import { updateSettings } from "../settings/update-settings";
import { exportUserData } from "./export-data";
import { getQueue } from "./get-queue";
import { replayExport } from "./replay-export";
import { schedulerFor, snapshotFromSettings } from "./scheduler";
import { buryCard, setSuspended } from "./set-card-hidden";
import { submitReview } from "./submit-review";
import { undoReview } from "./undo-review";
import { getSettings } from "../settings/get-settings";

/**
 * The review behaviour, run against both storage paths: the SQLite hot path
 * (lib/db/hot-path) and the portable Prisma path that other databases use.
 */
export function reviewSuite({ hotPath }: { hotPath: boolean }) {
  const t = createTestDb({ hotPath });
  const db = t.db;
  beforeAll(() => seedContent(db, 6));
  afterAll(() => t.cleanup());

  const at = (iso: string) => new Date(iso);
  const grade = (userId: string, cardId: string, rating: number, now: Date, reviewId = randomUUID()) =>
    submitReview(db, userId, { reviewId, cardId, rating }, now);

  async function expectAppError(promise: Promise<unknown>, code: string) {
    const error = await promise.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
  }

  describe("review queue", () => {
    it("starts with new cards in content order, each with four previewed intervals", async () => {
      const user = await createUser(db);
      const queue = await getQueue(db, user.id, { limit: 3, now: at("2026-01-01T09:00:00Z") });
      expect(queue.cards.map((c) => c.cardId)).toEqual(["c1", "c2", "c3"]);
      expect(queue.counts).toEqual({ new: 6, learning: 0, review: 0 });
      const previews = queue.cards[0].previews;
      expect(previews.map((p) => p.rating)).toEqual([1, 2, 3, 4]);
      const f = schedulerFor(snapshotFromSettings(await getSettings(db, user.id)));
      const expected = f.repeat(createEmptyCard(at("2026-01-01T09:00:00Z")), at("2026-01-01T09:00:00Z"));
      expect(previews[3].due).toBe(expected[Rating.Easy].card.due.toISOString());
      expect(previews[0].label).toBe("1m");
    });

    it("puts due learning cards first, respects the daily new limit, and says when the next card is due", async () => {
      const user = await createUser(db);
      await updateSettings(db, user.id, { newPerDay: 2 });
      const now = at("2026-01-01T09:00:00Z");
      await grade(user.id, "c1", 1, now); // Again: learning, due in 1 minute
      const soon = await getQueue(db, user.id, { limit: 10, now });
      expect(soon.cards.map((c) => c.cardId)).toEqual(["c2"]);
      expect(soon.counts.new).toBe(1);
      const later = await getQueue(db, user.id, { limit: 10, now: at("2026-01-01T09:02:00Z") });
      expect(later.cards.map((c) => c.cardId)).toEqual(["c1", "c2"]);
      expect(later.cards[0].state?.state).toBe("Learning");
      await grade(user.id, "c2", 4, now);
      const empty = await getQueue(db, user.id, { limit: 10, now: at("2026-01-01T09:00:30Z") });
      expect(empty.cards).toEqual([]);
      expect(empty.nextDueAt).toBe("2026-01-01T09:01:00.000Z");
    });
  });

  describe("grading", () => {
    it("matches ts-fsrs exactly and stores the log with the card's new state", async () => {
      const user = await createUser(db);
      // Load balancing picks another day of the fuzz range from other cards' load; this test
      // is about the grade itself (balancing has its own tests below and in lib/scheduler).
      await updateSettings(db, user.id, { loadBalance: false });
      const settings = await getSettings(db, user.id);
      const f = fsrs({ ...snapshotFromSettings(settings) });
      let card = createEmptyCard(at("2026-02-01T10:00:00Z"));
      const steps: [string, number][] = [["2026-02-01T10:00:00Z", 3], ["2026-02-01T10:10:00Z", 3], ["2026-02-04T08:00:00Z", 1], ["2026-02-04T08:10:00Z", 3], ["2026-02-09T12:00:00Z", 4]];
      for (const [when, rating] of steps) {
        const result = await grade(user.id, "c3", rating, at(when));
        card = f.next(card, at(when), rating as 1 | 2 | 3 | 4).card;
        expect(result.card.due).toBe(card.due.toISOString());
        expect(result.card.stability).toBe(card.stability);
        expect(result.card.difficulty).toBe(card.difficulty);
        expect(result.log.rating).toBe(rating);
      }
      expect((await db.reviewLog.count({ where: { userId: user.id } }))).toBe(5);
    });

    it("is idempotent: the same reviewId returns the same body and changes nothing", async () => {
      const user = await createUser(db);
      const reviewId = randomUUID();
      const first = await grade(user.id, "c1", 3, at("2026-03-01T10:00:00Z"), reviewId);
      const again = await grade(user.id, "c1", 3, at("2026-03-01T10:05:00Z"), reviewId);
      expect(again).toEqual(first);
      expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
      // Three racing requests with one new reviewId: one write, three identical answers.
      const racingId = randomUUID();
      const concurrent = await Promise.all([1, 2, 3].map(() => grade(user.id, "c2", 3, at("2026-03-01T10:00:00Z"), racingId)));
      expect(new Set(concurrent.map((r) => JSON.stringify(r))).size).toBe(1);
      expect(await db.reviewLog.count({ where: { userId: user.id, cardId: "c2" } })).toBe(1);
    });

    it("records the review's calendar day in the user's time zone", async () => {
      const user = await createUser(db);
      await updateSettings(db, user.id, { timezone: "Asia/Shanghai" });
      const result = await grade(user.id, "c1", 3, at("2026-03-01T17:30:00Z")); // 01:30 on the 2nd in Shanghai
      const row = await db.reviewLog.findUniqueOrThrow({ where: { id: result.log.id } });
      expect(row.day).toBe("2026-03-02");
    });

    it("accepts an early review of a card that is not due", async () => {
      const user = await createUser(db);
      await grade(user.id, "c1", 4, at("2026-03-01T10:00:00Z"));
      const early = await grade(user.id, "c1", 3, at("2026-03-02T10:00:00Z"));
      expect(early.card.reps).toBe(2);
    });

    it("rejects bad input with field-level messages and unknown cards with 404", async () => {
      const user = await createUser(db);
      await expectAppError(submitReview(db, user.id, { reviewId: "x", cardId: "c1", rating: 5 }), "INVALID_INPUT");
      await expectAppError(submitReview(db, user.id, { reviewId: randomUUID(), cardId: "c1" }), "INVALID_INPUT");
      await expectAppError(grade(user.id, "no-such-card", 3, new Date()), "NOT_FOUND");
      const message = await submitReview(db, user.id, { reviewId: "x", cardId: "c1", rating: 9 }).catch((e: AppError) => e.message);
      expect(message).toMatch(/reviewId/);
      expect(message).toMatch(/rating/);
    });

    it("refuses to grade a suspended card and hides buried cards until tomorrow", async () => {
      const user = await createUser(db);
      const now = at("2026-04-01T10:00:00Z");
      await setSuspended(db, user.id, { cardId: "c1" }, true, now);
      await expectAppError(grade(user.id, "c1", 3, now), "CARD_SUSPENDED");
      await buryCard(db, user.id, { cardId: "c2" }, now);
      const queue = await getQueue(db, user.id, { limit: 3, now });
      expect(queue.cards.map((c) => c.cardId)).toEqual(["c3", "c4", "c5"]);
      const tomorrow = await getQueue(db, user.id, { limit: 3, now: at("2026-04-02T00:00:01Z") });
      expect(tomorrow.cards.map((c) => c.cardId)).toEqual(["c2", "c3", "c4"]);
    });
  });

  describe("undo", () => {
    const userCard = (userId: string, cardId: string) => db.userCard.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } } });

    it("restores the card to its exact state before the review and removes that log row", async () => {
      const user = await createUser(db);
      const first = await grade(user.id, "c1", 3, at("2026-05-01T10:00:00Z"));
      const before = await userCard(user.id, "c1");
      const second = await grade(user.id, "c1", 1, at("2026-05-01T10:30:00Z"));
      const undone = await undoReview(db, user.id, { reviewId: second.log.id });
      expect(undone.undone).toEqual({ reviewId: second.log.id, cardId: "c1", rating: 1 });
      const after = await userCard(user.id, "c1");
      for (const key of ["state", "due", "stability", "difficulty", "reps", "lapses", "lastReview", "learningSteps", "scheduledDays"] as const) {
        expect(after[key]).toEqual(before[key]);
      }
      expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
      // Undoing the first review makes the card new again, no longer counted as introduced today.
      await undoReview(db, user.id, { reviewId: first.log.id });
      const fresh = await userCard(user.id, "c1");
      expect(fresh.state).toBe(0);
      expect(fresh.introducedAt).toBeNull();
      await expectAppError(undoReview(db, user.id, { reviewId: randomUUID() }), "NOT_FOUND");
      await expectAppError(undoReview(db, user.id, {}), "INVALID_INPUT");
    });

    it("undoes the given review, not another tab's later grade, and only if it is its card's latest", async () => {
      const user = await createUser(db);
      const mine = await grade(user.id, "c1", 3, at("2026-05-02T10:00:00Z"));
      const otherTab = await grade(user.id, "c2", 4, at("2026-05-02T10:01:00Z"));
      await undoReview(db, user.id, { reviewId: mine.log.id });
      expect((await userCard(user.id, "c1")).state).toBe(0);
      expect((await userCard(user.id, "c2")).reps).toBe(1);
      expect(await db.reviewLog.findUnique({ where: { id: otherTab.log.id } })).not.toBeNull();

      const older = await grade(user.id, "c2", 3, at("2026-05-03T10:00:00Z"));
      const newer = await grade(user.id, "c2", 3, at("2026-05-04T10:00:00Z"));
      await expectAppError(undoReview(db, user.id, { reviewId: older.log.id }), "NOT_LATEST");
      await undoReview(db, user.id, { reviewId: newer.log.id });
      await undoReview(db, user.id, { reviewId: older.log.id });
      expect((await userCard(user.id, "c2")).reps).toBe(1);
    });

    it("answers a repeated undo with the same body and changes nothing", async () => {
      const user = await createUser(db);
      await grade(user.id, "c3", 3, at("2026-05-05T10:00:00Z"));
      const last = await grade(user.id, "c3", 3, at("2026-05-06T10:00:00Z"));
      const first = await undoReview(db, user.id, { reviewId: last.log.id });
      const card = await userCard(user.id, "c3");
      const again = await undoReview(db, user.id, { reviewId: last.log.id });
      expect(again).toEqual(first);
      expect(await userCard(user.id, "c3")).toEqual(card);
      expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    });

    it("keeps a tombstone: a late resend of an undone reviewId is refused, not applied again", async () => {
      const user = await createUser(db);
      const reviewId = randomUUID();
      await grade(user.id, "c4", 3, at("2026-05-07T10:00:00Z"), reviewId);
      await undoReview(db, user.id, { reviewId });
      await expectAppError(grade(user.id, "c4", 3, at("2026-05-07T10:00:05Z"), reviewId), "REVIEW_UNDONE");
      expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
      expect((await userCard(user.id, "c4")).reps).toBe(0);
    });

    it("refuses a reviewId replayed with another card or rating", async () => {
      const user = await createUser(db);
      const reviewId = randomUUID();
      const first = await grade(user.id, "c5", 3, at("2026-05-08T10:00:00Z"), reviewId);
      await expectAppError(grade(user.id, "c6", 3, at("2026-05-08T10:00:01Z"), reviewId), "REVIEW_ID_REUSED");
      await expectAppError(grade(user.id, "c5", 1, at("2026-05-08T10:00:01Z"), reviewId), "REVIEW_ID_REUSED");
      expect(await grade(user.id, "c5", 3, at("2026-05-08T10:00:02Z"), reviewId)).toEqual(first);
      expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    });
  });

  describe("isolation between users", () => {
    it("never lets user B see or undo user A's reviews", async () => {
      const a = await createUser(db);
      const b = await createUser(db);
      const reviewId = randomUUID();
      await grade(a.id, "c1", 3, at("2026-06-01T10:00:00Z"), reviewId);
      // B reusing A's reviewId gets a conflict, not A's data.
      await expectAppError(grade(b.id, "c1", 3, at("2026-06-01T10:00:00Z"), reviewId), "REVIEW_ID_REUSED");
      await expectAppError(undoReview(db, b.id, { reviewId }), "NOT_FOUND");
      const queueB = await getQueue(db, b.id, { limit: 1, now: at("2026-06-01T10:00:00Z") });
      expect(queueB.cards[0]).toMatchObject({ cardId: "c1", state: null });
      const exportB = await exportUserData(db, b.id);
      expect(exportB.reviews).toEqual([]);
      expect(exportB.cards).toEqual([]);
    });
  });

  describe("export", () => {
    it("replays with ts-fsrs to the same due, stability and difficulty for every card, across settings changes", async () => {
      const user = await createUser(db);
      const day = (d: number, h = 10) => new Date(Date.UTC(2026, 6, d, h));
      await grade(user.id, "c1", 3, day(1));
      await grade(user.id, "c2", 1, day(1));
      await grade(user.id, "c2", 3, day(1, 11));
      await updateSettings(db, user.id, { desiredRetention: 0.8, enableFuzz: false, learningSteps: "5m" });
      await grade(user.id, "c1", 3, day(3));
      await grade(user.id, "c3", 2, day(3));
      await grade(user.id, "c1", 1, day(20));
      const undone = await grade(user.id, "c1", 4, day(20, 12));
      await undoReview(db, user.id, { reviewId: undone.log.id });
      await grade(user.id, "c1", 3, day(20, 13));
      const data = await exportUserData(db, user.id);
      expect(data.settings.desiredRetention).toBe(0.8);
      expect(data.settings.fsrs.w).toHaveLength(21);
      expect(data.reviews).toHaveLength(7);
      const replay = replayExport(JSON.parse(JSON.stringify(data)));
      expect(replay.mismatches).toEqual([]);
      expect(replay.cards).toBe(3);
    });

    it("replays balanced due dates too: the chosen day is on the log row, and the rest follows ts-fsrs", async () => {
      const user = await createUser(db);
      await updateSettings(db, user.id, { loadBalance: true, easyDays: [0.5, 1, 1, 1, 1, 1, 0.5] });
      const day = (d: number, h = 10) => new Date(Date.UTC(2026, 8, d, h));
      const cards = ["c1", "c2", "c3", "c4", "c5", "c6"];
      for (const id of cards) await grade(user.id, id, 4, day(1));
      for (const id of cards) await grade(user.id, id, 3, day(20));
      const data = await exportUserData(db, user.id);
      const balanced = data.reviews.filter((r) => r.chosenDue !== null);
      // Easy intervals of a couple of weeks are fuzzed over several days: some move.
      expect(balanced.length).toBeGreaterThan(0);
      const replay = replayExport(JSON.parse(JSON.stringify(data)));
      expect(replay.mismatches).toEqual([]);
      // Without the recorded choice, replay would disagree: the log row is what makes it reproducible.
      const withoutChoice = replayExport(JSON.parse(JSON.stringify({ ...data, reviews: data.reviews.map((r) => ({ ...r, chosenDue: null })) })));
      expect(withoutChoice.mismatches.length).toBeGreaterThan(0);
    });
  });
}
