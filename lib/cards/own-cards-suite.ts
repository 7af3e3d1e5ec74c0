import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { createTestDb } from "../test/test-db";
import { createUser, seedContent } from "../test/fixtures";
import { updateSettings } from "../settings/update-settings";
import { getQueue } from "../review/get-queue";
import { submitReview } from "../review/submit-review";
import { createDeck } from "../decks/create-deck";
import { createCard } from "./create-card";

/** Own cards in the queue and leeches, on both storage paths (SQLite hot path and Prisma). */
export function ownCardsSuite({ hotPath }: { hotPath: boolean }) {
  const t = createTestDb({ hotPath });
  const db = t.db;
  beforeAll(() => seedContent(db, 3));
  afterAll(() => t.cleanup());

  const at = (iso: string) => new Date(iso);
  const basic = (front: string) => ({ type: "basic" as const, front, back: `${front} answer` });
  const grade = (userId: string, cardId: string, rating: number, now: Date) => submitReview(db, userId, { reviewId: randomUUID(), cardId, rating }, now);

  async function expectCode(promise: Promise<unknown>, code: string) {
    const error = await promise.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
  }

  describe("own cards in the queue", () => {
    it("puts a user's own new cards first in the one queue, never another user's", async () => {
      const a = await createUser(db);
      const b = await createUser(db);
      const deck = await createDeck(db, a.id, { name: "Go" });
      const first = await createCard(db, a.id, { deckId: deck.id, source: basic("first") }, at("2026-03-01T09:00:00Z"));
      const second = await createCard(db, a.id, { deckId: deck.id, source: basic("second") }, at("2026-03-01T09:01:00Z"));
      const now = at("2026-03-02T09:00:00Z");
      const queueA = await getQueue(db, a.id, { limit: 10, now });
      expect(queueA.cards.map((c) => c.cardId)).toEqual([first.id, second.id, "c1", "c2", "c3"]);
      expect(queueA.cards[0]).toMatchObject({ deckId: deck.id, sectionId: null, sectionTitle: "Go" });
      expect(queueA.counts.new).toBe(5);
      const queueB = await getQueue(db, b.id, { limit: 10, now });
      expect(queueB.cards.map((c) => c.cardId)).toEqual(["c1", "c2", "c3"]);
      await expectCode(grade(b.id, first.id, 3, now), "NOT_FOUND");
    });

    it("filters by deck or chapter, and a deck's lower new-card limit caps its cards", async () => {
      const user = await createUser(db);
      const small = await createDeck(db, user.id, { name: "Small", newPerDay: 1 });
      const other = await createDeck(db, user.id, { name: "Other" });
      const s1 = await createCard(db, user.id, { deckId: small.id, source: basic("s1") }, at("2026-03-01T09:00:00Z"));
      await createCard(db, user.id, { deckId: small.id, source: basic("s2") }, at("2026-03-01T09:01:00Z"));
      const o1 = await createCard(db, user.id, { deckId: other.id, source: basic("o1") }, at("2026-03-01T09:02:00Z"));
      const now = at("2026-03-02T09:00:00Z");
      const all = await getQueue(db, user.id, { limit: 10, now });
      expect(all.cards.map((c) => c.cardId)).toEqual([s1.id, o1.id, "c1", "c2", "c3"]);
      const deckOnly = await getQueue(db, user.id, { limit: 10, now, filter: { deckId: small.id } });
      expect(deckOnly.cards.map((c) => c.cardId)).toEqual([s1.id]);
      const chapterOnly = await getQueue(db, user.id, { limit: 10, now, filter: { chapterId: "ch" } });
      expect(chapterOnly.cards.map((c) => c.cardId)).toEqual(["c1", "c2", "c3"]);
      // Introducing s1 uses the deck's one new card for today: s2 waits until tomorrow.
      await grade(user.id, s1.id, 3, now);
      const after = await getQueue(db, user.id, { limit: 10, now: at("2026-03-02T09:00:30Z"), filter: { deckId: small.id } });
      expect(after.cards.map((c) => c.cardId)).toEqual([]);
      const tomorrow = await getQueue(db, user.id, { limit: 10, now: at("2026-03-03T09:00:00Z"), filter: { deckId: small.id } });
      expect(tomorrow.cards.map((c) => c.cardId)).toContain(s1.id);
      expect(tomorrow.cards).toHaveLength(2);
    });
  });

  describe("deck review limit", () => {
    it("a deck that lowers its review limit shows only that many reviews a day", async () => {
      const user = await createUser(db);
      const deck = await createDeck(db, user.id, { name: "Capped", reviewsPerDay: 1 });
      const ids = [];
      for (const front of ["r1", "r2", "r3"]) ids.push((await createCard(db, user.id, { deckId: deck.id, source: basic(front) }, at("2026-05-01T08:00:00Z"))).id);
      // Easy twice: each card is in review, due days later.
      for (const id of ids) await grade(user.id, id, 4, at("2026-05-01T09:00:00Z"));
      const later = at("2026-08-01T09:00:00Z");
      const queue = await getQueue(db, user.id, { limit: 10, now: later, filter: { deckId: deck.id } });
      expect(queue.counts.review).toBe(1);
      expect(queue.cards.filter((c) => c.state?.state === "Review")).toHaveLength(1);
      await grade(user.id, queue.cards[0].cardId, 3, later);
      const after = await getQueue(db, user.id, { limit: 10, now: new Date(later.getTime() + 1000), filter: { deckId: deck.id } });
      expect(after.counts.review).toBe(0);
      expect(after.cards).toEqual([]);
      const nextDay = await getQueue(db, user.id, { limit: 10, now: at("2026-08-02T09:00:00Z"), filter: { deckId: deck.id } });
      expect(nextDay.counts.review).toBe(1);
    });
  });

  describe("leeches", () => {
    // Good twice (learning → review), then Again/Good cycles: each Again in review is a lapse.
    async function lapse(userId: string, cardId: string, times: number) {
      let day = 1;
      const when = () => at(`2026-04-${String(day).padStart(2, "0")}T10:00:00Z`);
      await grade(userId, cardId, 3, when());
      await grade(userId, cardId, 3, at(`2026-04-01T10:20:00Z`));
      let last;
      for (let i = 0; i < times; i++) {
        day += 2 + i * 3;
        last = await grade(userId, cardId, 1, when());
        if (i + 1 < times) await grade(userId, cardId, 3, new Date(when().getTime() + 20 * 60_000));
      }
      return last!;
    }

    it("tags and suspends a card on the review that reaches the threshold, and says so", async () => {
      const user = await createUser(db);
      await updateSettings(db, user.id, { leechThreshold: 2, enableFuzz: false });
      const first = await lapse(user.id, "c1", 1);
      expect(first.leech).toBeUndefined();
      const row = await db.userCard.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: "c1" } } });
      expect(row.lapses).toBe(1);
      await grade(user.id, "c1", 3, at("2026-04-04T10:20:00Z"));
      const second = await grade(user.id, "c1", 1, at("2026-04-20T10:00:00Z"));
      expect(second.card.lapses).toBe(2);
      expect(second.leech).toEqual({ tag: "leech", suspended: true });
      expect(await db.cardTag.findMany({ where: { userId: user.id }, select: { cardId: true, tag: true } })).toEqual([{ cardId: "c1", tag: "leech" }]);
      expect((await db.userCard.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: "c1" } } })).suspended).toBe(true);
    });

    it("only tags when the setting says tag", async () => {
      const user = await createUser(db);
      await updateSettings(db, user.id, { leechThreshold: 1, leechAction: "tag" });
      const result = await lapse(user.id, "c2", 1);
      expect(result.leech).toEqual({ tag: "leech", suspended: false });
      expect((await db.userCard.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: "c2" } } })).suspended).toBe(false);
      expect(await db.cardTag.count({ where: { userId: user.id, cardId: "c2", tag: "leech" } })).toBe(1);
    });
  });
}
