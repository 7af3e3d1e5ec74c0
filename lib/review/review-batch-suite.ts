import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Card } from "ts-fsrs";
import { createTestDb } from "../test/test-db";
import { createUser, seedContent } from "../test/fixtures";
import { cardStateJson, fromFsrsCard } from "./card-state";
import { exportUserData } from "./export-data";
import { replayExport } from "./replay-export";
import { replayStep } from "./replay-step";
import { setSuspended } from "./set-card-hidden";
import { submitReview } from "./submit-review";
import { submitReviewBatch } from "./submit-review-batch";
import { undoReview } from "./undo-review";
import { updateSettings } from "../settings/update-settings";

type Grade = { reviewId: string; cardId: string; rating: 1 | 2 | 3 | 4; reviewedAt: string; durationMs?: number };

/** The batch sync, run against both storage paths (the hot path and Prisma), on SQLite or PostgreSQL. */
export function reviewBatchSuite({ hotPath }: { hotPath: boolean }) {
  const t = createTestDb({ hotPath });
  const db = t.db;
  beforeAll(() => seedContent(db, 12));
  afterAll(() => t.cleanup());

  const now = new Date("2026-03-20T12:00:00Z");
  const g = (cardId: string, rating: 1 | 2 | 3 | 4, reviewedAt: string): Grade => ({ reviewId: randomUUID(), cardId, rating, reviewedAt, durationMs: 4000 });
  const sync = async (userId: string, grades: Grade[]) => (await submitReviewBatch(db, userId, { grades }, now)).results;
  const cardsOf = async (userId: string) => (await exportUserData(db, userId, now)).cards;

  // Device A reviews the five cards over three days; device B reviews them at other times in between.
  const deviceA = () => ["c1", "c2", "c3", "c4", "c5"].map((c, i) => g(c, ((i % 4) + 1) as 1 | 2 | 3 | 4, `2026-03-0${1 + i}T08:00:00Z`));
  const deviceB = () => ["c1", "c2", "c3", "c4", "c5"].map((c, i) => g(c, (((i + 2) % 4) + 1) as 1 | 2 | 3 | 4, `2026-03-0${1 + i}T19:30:00Z`));

  describe("POST /api/reviews/batch", () => {
    it("is idempotent: a retried batch answers duplicate and changes nothing", async () => {
      const user = await createUser(db);
      const grades = [g("c1", 3, "2026-03-01T08:00:00Z"), g("c2", 1, "2026-03-01T08:01:00Z"), g("c1", 3, "2026-03-02T09:00:00Z")];
      const first = await sync(user.id, grades);
      expect(first.map((r) => r.status)).toEqual(["applied", "applied", "applied"]);
      const before = await exportUserData(db, user.id, now);
      const again = await sync(user.id, grades);
      expect(again.map((r) => r.status)).toEqual(["duplicate", "duplicate", "duplicate"]);
      expect(again.map((r) => r.card)).toEqual(first.map((r) => r.card));
      const after = await exportUserData(db, user.id, now);
      expect(after.reviews).toEqual(before.reviews);
      expect(after.cards).toEqual(before.cards);
      expect(after.reviews).toHaveLength(3);
    });

    it("answers a mixed batch grade by grade: applied, duplicate, retired, suspended, another user's, unknown", async () => {
      const user = await createUser(db);
      const other = await createUser(db);
      const done = g("c1", 3, "2026-03-01T08:00:00Z");
      await sync(user.id, [done]);
      const othersGrade = g("c2", 3, "2026-03-01T08:00:00Z");
      await sync(other.id, [othersGrade]);
      await db.card.update({ where: { id: "c12" }, data: { retiredAt: now } });
      await setSuspended(db, user.id, { cardId: "c11" }, true, now);
      const valid = g("c3", 4, "2026-03-02T08:00:00Z");
      const results = await sync(user.id, [
        valid,
        done,
        g("c12", 3, "2026-03-02T08:01:00Z"),
        g("c11", 3, "2026-03-02T08:02:00Z"),
        { ...othersGrade, reviewedAt: "2026-03-02T08:03:00Z" },
        g("no-such-card", 3, "2026-03-02T08:04:00Z"),
      ]);
      const byId = new Map(results.map((r) => [r.reviewId, r]));
      expect(byId.get(valid.reviewId)?.status).toBe("applied");
      expect(byId.get(done.reviewId)?.status).toBe("duplicate");
      expect(results.filter((r) => r.status === "rejected").map((r) => [r.cardId, r.error?.code])).toEqual([
        ["c12", "CARD_RETIRED"],
        ["c11", "CARD_SUSPENDED"],
        ["c2", "REVIEW_ID_REUSED"],
        ["no-such-card", "NOT_FOUND"],
      ]);
      const data = await exportUserData(db, user.id, now);
      expect(data.reviews.map((r) => r.cardId).sort()).toEqual(["c1", "c3"]);
      // The other user's history is untouched by the reuse of its reviewId.
      expect((await exportUserData(db, other.id, now)).reviews.map((r) => r.id)).toEqual([othersGrade.reviewId]);
    });

    it("applies grades in review-time order, whatever order they were sent in", async () => {
      const user = await createUser(db);
      const grades = [g("c4", 3, "2026-03-03T08:00:00Z"), g("c4", 1, "2026-03-01T08:00:00Z"), g("c4", 3, "2026-03-02T08:00:00Z")];
      const results = await sync(user.id, grades);
      expect(results.map((r) => r.reviewId)).toEqual([grades[1], grades[2], grades[0]].map((x) => x.reviewId));
      const data = await exportUserData(db, user.id, now);
      expect(data.reviews.map((r) => r.review)).toEqual(["2026-03-01T08:00:00.000Z", "2026-03-02T08:00:00.000Z", "2026-03-03T08:00:00.000Z"]);
      expect(replayExport(data).mismatches).toEqual([]);
    });

    it("two devices' grades of the same five cards give the same states in both sync orders, equal to a replay of all ten", async () => {
      const [ab, ba, inOrder] = [await createUser(db), await createUser(db), await createUser(db)];
      // Grades synced from a device are applied as the device graded them: no load balancing
      // (docs/decisions/0013-offline-pwa.md). The one-by-one reference grades the same way.
      await updateSettings(db, inOrder.id, { loadBalance: false });
      const a = deviceA();
      const b = deviceB();
      await sync(ab.id, a);
      const late = await sync(ab.id, b);
      expect(late.every((r) => r.status === "applied")).toBe(true);
      // The second user's devices made the same grades (their reviewIds are their own).
      const renamed = (gs: Grade[]) => gs.map((x) => ({ ...x, reviewId: randomUUID() }));
      const [a2, b2] = [renamed(a), renamed(b)];
      await sync(ba.id, b2);
      const early = await sync(ba.id, a2);
      expect(early.every((r) => r.status === "applied")).toBe(true);

      const all = [...a, ...b].sort((x, y) => x.reviewedAt.localeCompare(y.reviewedAt));
      const expected = new Map<string, Card>();
      const settings = (await exportUserData(db, ab.id, now)).settings;
      const { w: _w, ...snapshot } = settings.fsrs;
      void _w;
      for (const grade of all) {
        const step = replayStep(expected.get(grade.cardId), { scheduler: { ...snapshot, learning_steps: [...snapshot.learning_steps], relearning_steps: [...snapshot.relearning_steps] }, review: new Date(grade.reviewedAt), rating: grade.rating });
        expected.set(grade.cardId, step.card);
      }
      const want = [...expected].map(([cardId, card]) => ({ cardId, ...cardStateJson(fromFsrsCard(card)) })).sort((x, y) => x.cardId.localeCompare(y.cardId));
      const strip = (cards: Awaited<ReturnType<typeof cardsOf>>) => cards.map(({ suspended: _s, buriedUntil: _b, introducedAt: _i, ...state }) => state);
      expect(strip(await cardsOf(ab.id))).toEqual(want);
      expect(strip(await cardsOf(ba.id))).toEqual(want);

      // The rebuilt log equals the one grading the ten reviews one by one in time order writes.
      for (const grade of all) await submitReview(db, inOrder.id, { reviewId: randomUUID(), cardId: grade.cardId, rating: grade.rating, durationMs: grade.durationMs }, new Date(grade.reviewedAt));
      const logs = async (userId: string) => (await exportUserData(db, userId, now)).reviews.map(({ id: _id, ...rest }) => rest);
      expect(await logs(ba.id)).toEqual(await logs(inOrder.id));
      expect(await logs(ab.id)).toEqual(await logs(inOrder.id));
      expect(replayExport(await exportUserData(db, ba.id, now)).mismatches).toEqual([]);

      // Undoing the latest review after a rebuild restores the state the nine others give.
      const lastOfC1 = [...a2, ...b2].filter((x) => x.cardId === "c1").sort((x, y) => x.reviewedAt.localeCompare(y.reviewedAt)).at(-1)!;
      const undone = await undoReview(db, ba.id, { reviewId: lastOfC1.reviewId }, now);
      const firstOfC1 = all.find((x) => x.cardId === "c1")!;
      const one = replayStep(undefined, { scheduler: { ...snapshot, learning_steps: [...snapshot.learning_steps], relearning_steps: [...snapshot.relearning_steps] }, review: new Date(firstOfC1.reviewedAt), rating: firstOfC1.rating });
      expect(undone.card).toEqual({ cardId: "c1", ...cardStateJson(fromFsrsCard(one.card)) });
    });

    it("counts a grade from a clock running ahead as made now", async () => {
      const user = await createUser(db);
      const [result] = await sync(user.id, [g("c6", 3, "2027-01-01T00:00:00Z")]);
      expect(result.status).toBe("applied");
      expect((await exportUserData(db, user.id, now)).reviews[0].review).toBe(now.toISOString());
    });

    it("refuses a malformed batch whole: more than 500 grades, a missing review time", async () => {
      const user = await createUser(db);
      const many = Array.from({ length: 501 }, (_, i) => g("c1", 3, new Date(Date.parse("2026-03-01T00:00:00Z") + i * 60_000).toISOString()));
      await expect(submitReviewBatch(db, user.id, { grades: many }, now)).rejects.toMatchObject({ code: "INVALID_INPUT" });
      const { reviewedAt: _r, ...noTime } = g("c1", 3, "2026-03-01T00:00:00Z");
      await expect(submitReviewBatch(db, user.id, { grades: [noTime] }, now)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    });
  });
}
