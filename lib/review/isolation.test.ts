import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { updateSettings } from "../settings/update-settings";
import { createTestDb } from "../test/test-db";
import { createUser, seedContent } from "../test/fixtures";
import { buryCard } from "./set-card-hidden";
import { exportUserData } from "./export-data";
import { replayExport } from "./replay-export";
import { submitReview } from "./submit-review";
import { submitReviewBatch } from "./submit-review-batch";
import { undoReview } from "./undo-review";

const USERS = 5;

/**
 * Starts `write` after `hops` microtask hops. A request's queries run between awaits, so
 * spreading the starts over hops interleaves them with the other requests' statements
 * deterministically, without depending on time.
 */
async function afterHops<T>(hops: number, write: () => Promise<T>): Promise<T> {
  for (let i = 0; i < hops % 4; i++) await new Promise((resolve) => setImmediate(resolve));
  for (let i = 0; i < hops; i++) await null;
  return write();
}
const ROUNDS = 6;

/**
 * Writes from concurrent requests must not be able to undo each other. A review that loses
 * its optimistic race rolls its own transaction back; before the fix, that rollback also
 * took every statement other requests had run on the shared connection meanwhile.
 */
describe.each([
  ["the hot path", true],
  ["the Prisma path", false],
])("isolation of concurrent writes on %s", (_path, hotPath) => {
  const t = createTestDb({ hotPath });
  const db = t.db;
  beforeAll(() => seedContent(db, 8));
  afterAll(() => t.cleanup());

  it("keeps every acknowledged grade, bury and settings update while racing grades roll back", async () => {
    const users = await Promise.all(Array.from({ length: USERS }, () => createUser(db)));
    const now = new Date("2026-09-01T10:00:00Z");
    const acknowledged = { reviews: [] as string[], buried: [] as { userId: string; cardId: string }[], settings: new Map<string, number>() };
    const conflictsOrOk = (promise: Promise<unknown>) =>
      promise.catch((error: unknown) => {
        // A lost race may be refused (409) but never silently dropped.
        if (error instanceof AppError && error.code === "CONFLICT") return null;
        throw error;
      });

    for (let round = 0; round < ROUNDS; round++) {
      const work: Promise<unknown>[] = [];
      for (const [u, user] of users.entries()) {
        // Two tabs grade the same card at once: one of them loses the optimistic check.
        for (let tab = 0; tab < 3; tab++) {
          const reviewId = randomUUID();
          work.push(conflictsOrOk(submitReview(db, user.id, { reviewId, cardId: "c1", rating: 3 }, now).then((r) => acknowledged.reviews.push(r.log.id))));
        }
        // A retried reviewId racing itself: the unique key settles it, with a rollback.
        const sameId = randomUUID();
        for (let retry = 0; retry < 2; retry++) {
          work.push(conflictsOrOk(submitReview(db, user.id, { reviewId: sameId, cardId: `c${2 + (round % 3)}`, rating: 4 }, now).then((r) => acknowledged.reviews.push(r.log.id))));
        }
        // Single-statement writes spread over the window in which the grades' transactions are open.
        const buryId = `c${5 + (round % 4)}`;
        work.push(afterHops(u * 7, () => buryCard(db, user.id, { cardId: buryId }, now)).then(() => acknowledged.buried.push({ userId: user.id, cardId: buryId })));
        for (let k = 0; k < 5; k++) {
          const newPerDay = 500 * round + 10 * u + k;
          work.push(afterHops(k * 11 + u * 3, () => updateSettings(db, user.id, { newPerDay })).then(() => acknowledged.settings.set(user.id, Math.max(acknowledged.settings.get(user.id) ?? 0, newPerDay))));
        }
      }
      await Promise.all(work);
    }

    const distinctReviews = new Set(acknowledged.reviews);
    const logs = await db.reviewLog.findMany({ where: { userId: { in: users.map((u) => u.id) } }, select: { id: true } });
    expect(new Set(logs.map((l) => l.id))).toEqual(distinctReviews);
    // Every user graded c1 at least once per round; its reps count every acknowledged grade of it.
    const c1 = await db.userCard.findMany({ where: { cardId: "c1", userId: { in: users.map((u) => u.id) } } });
    const c1Logs = await db.reviewLog.groupBy({ by: ["userId"], where: { cardId: "c1", userId: { in: users.map((u) => u.id) } }, _count: true });
    expect(c1.map((c) => [c.userId, c.reps]).sort()).toEqual(c1Logs.map((g) => [g.userId, g._count]).sort());
    for (const { userId, cardId } of acknowledged.buried) {
      const row = await db.userCard.findUnique({ where: { userId_cardId: { userId, cardId } } });
      expect(row?.buriedUntil, `bury of ${cardId} for ${userId}`).not.toBeNull();
    }
    // Each user's settings updates may land in any order, but one of this round's must survive.
    for (const [userId, newPerDay] of acknowledged.settings) {
      const stored = (await db.settings.findUniqueOrThrow({ where: { userId } })).newPerDay;
      expect(Math.floor(stored / 500), `settings of ${userId}`).toBe(Math.floor(newPerDay / 500));
    }
  }, 180_000); // a generous bound for a shared machine, not a verdict on speed

  // On PostgreSQL these requests really overlap (a pool of connections); on SQLite they queue.
  it("answers concurrent undos of one review with one body and one tombstone, and never lets an undo and a grade of the card both win", async () => {
    const user = await createUser(db);
    const now = new Date("2026-09-02T10:00:00Z");
    for (let round = 0; round < 4; round++) {
      const first = randomUUID();
      await submitReview(db, user.id, { reviewId: first, cardId: "c1", rating: 3 }, now);
      const bodies = await Promise.all(Array.from({ length: 3 }, () => undoReview(db, user.id, { reviewId: first }, now)));
      expect(bodies.map((b) => JSON.stringify(b))).toEqual(Array(3).fill(JSON.stringify(bodies[0])));
      expect(await db.reviewLog.count({ where: { id: first } })).toBe(0);
      expect(await db.reviewTombstone.count({ where: { id: first } })).toBe(1);
    }
    for (let round = 0; round < 6; round++) {
      const graded = randomUUID();
      await submitReview(db, user.id, { reviewId: graded, cardId: "c2", rating: 3 }, now);
      const [undo] = await Promise.allSettled([
        afterHops(round, () => undoReview(db, user.id, { reviewId: graded }, now)),
        afterHops(5 - round, () => submitReview(db, user.id, { reviewId: randomUUID(), cardId: "c2", rating: 3 }, now)),
      ]);
      if (undo.status === "rejected") expect((undo.reason as AppError).code).toBe("NOT_LATEST");
      // The undo won exactly when the graded review is gone; the card counts every review left.
      expect(await db.reviewLog.count({ where: { id: graded } })).toBe(undo.status === "fulfilled" ? 0 : 1);
      const reps = (await db.userCard.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: "c2" } } })).reps;
      expect(reps).toBe(await db.reviewLog.count({ where: { userId: user.id, cardId: "c2" } }));
    }
  }, 180_000);

  it("keeps every grade of two devices' batches, a retried batch and live grades of the same cards, racing, with each card equal to a replay of its log", async () => {
    const user = await createUser(db);
    const now = new Date("2026-09-20T12:00:00Z");
    const cards = ["c3", "c4", "c5"];
    const device = (hour: string) => cards.flatMap((cardId, i) => [1, 2, 3].map((day) => ({ reviewId: randomUUID(), cardId, rating: (((day + i) % 4) + 1) as 1 | 2 | 3 | 4, reviewedAt: `2026-09-1${day}T${hour}:00:00Z` })));
    const [a, b] = [device("08"), device("19")];
    // As the client does: a batch that failed because a card stayed busy is sent again whole.
    const sync = async (grades: typeof a) => {
      for (;;) {
        try {
          return (await submitReviewBatch(db, user.id, { grades }, now)).results;
        } catch (error) {
          if (!(error instanceof AppError && error.code === "CARD_BUSY")) throw error;
        }
      }
    };
    const live: string[] = [];
    let second = 0;
    const grade = (cardId: string) => {
      const reviewId = randomUUID();
      // Each live grade at its own time, as real requests are: two rows equal in review and creation time have no order.
      return submitReview(db, user.id, { reviewId, cardId, rating: 3 }, new Date(now.getTime() + ++second * 1000)).then(
        () => live.push(reviewId),
        (error: unknown) => {
          // A live grade that lost its race may be refused (409), never silently dropped.
          if (!(error instanceof AppError && (error.code === "CONFLICT" || error.code === "CARD_BUSY"))) throw error;
        },
      );
    };
    const [fromA, fromB, again] = await Promise.all([
      sync(a),
      afterHops(3, () => sync(b)),
      afterHops(7, () => sync(a)),
      ...cards.map((cardId, i) => afterHops(2 + i * 4, () => grade(cardId))),
    ]);
    const outcomes = [...fromA, ...fromB, ...again];
    const expectConsistent = async () => {
      for (const outcome of outcomes) expect(["applied", "duplicate"], outcome.reviewId).toContain(outcome.status);
      const logs = await db.reviewLog.findMany({ where: { userId: user.id }, select: { id: true } });
      expect(new Set(logs.map((l) => l.id))).toEqual(new Set(outcomes.map((o) => o.reviewId).concat(live)));
      const data = await exportUserData(db, user.id, now);
      for (const card of data.cards) expect(card.reps, card.cardId).toBe(data.reviews.filter((r) => r.cardId === card.cardId).length);
      expect(replayExport(data).mismatches).toEqual([]);
    };
    await expectConsistent();
    // Tight races, where a lost update would be the card's last write: two devices' newest grades
    // of one card and a live grade of it, started a varying number of hops apart.
    for (let round = 0; round < 8; round++) {
      const newest = (hour: number) => [{ reviewId: randomUUID(), cardId: "c6", rating: 3 as const, reviewedAt: `2026-09-19T${10 + round}:${hour}0:00Z` }];
      const [first, second] = await Promise.all([sync(newest(1)), afterHops(round, () => sync(newest(2))), afterHops(7 - round, () => grade("c6"))]);
      outcomes.push(...first, ...second);
      await expectConsistent();
    }
  }, 180_000);
});
