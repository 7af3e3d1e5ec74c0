import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDb } from "../test/test-db";
import { basicCard, createUser, smallContent } from "../test/fixtures";
import { submitReview } from "../review/submit-review";
import { getQueue } from "../review/get-queue";
import { syncContent } from "./sync-content";

const t = createTestDb();
afterAll(() => t.cleanup());

describe("content sync", () => {
  it("is idempotent, edits in place without resetting schedules, and retires removed cards keeping history", async () => {
    const db = t.db;
    const first = await syncContent(db, smallContent(3));
    expect(first.cards).toMatchObject({ created: 3, updated: 0, retired: 0 });
    const again = await syncContent(db, smallContent(3));
    expect(again.cards).toMatchObject({ created: 0, updated: 0, unchanged: 3 });

    const user = await createUser(db);
    await submitReview(db, user.id, { reviewId: randomUUID(), cardId: "c1", rating: 3 }, new Date("2026-01-01T10:00:00Z"));
    await submitReview(db, user.id, { reviewId: randomUUID(), cardId: "c2", rating: 3 }, new Date("2026-01-01T10:00:00Z"));
    const before = await db.userCard.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: "c1" } } });

    // Reword c1, drop c2, add c4.
    const edited = await syncContent(db, smallContent(0, [basicCard("c1", "A reworded question?"), basicCard("c3"), basicCard("c4")]));
    expect(edited.cards).toMatchObject({ created: 1, updated: 2, retired: 1 });
    const card = await db.card.findUniqueOrThrow({ where: { id: "c1" } });
    expect(card.rendered).toContain("A reworded question?");
    const after = await db.userCard.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: "c1" } } });
    expect(after.due).toEqual(before.due);
    expect(after.stability).toBe(before.stability);

    const retired = await db.card.findUniqueOrThrow({ where: { id: "c2" } });
    expect(retired.retiredAt).not.toBeNull();
    expect(await db.reviewLog.count({ where: { cardId: "c2" } })).toBe(1);
    const queue = await getQueue(db, user.id, { limit: 10, now: new Date("2026-01-05T10:00:00Z") });
    expect(queue.cards.map((c) => c.cardId)).not.toContain("c2");

    // Bringing it back restores it with its schedule.
    const restored = await syncContent(db, smallContent(4));
    expect(restored.cards.restored).toBe(1);
    expect((await db.card.findUniqueOrThrow({ where: { id: "c2" } })).retiredAt).toBeNull();
  });
});

describe("generated cards", () => {
  it("places a section's generated cards right after its authored cards", async () => {
    const t2 = createTestDb();
    try {
      const chapters = smallContent(2);
      chapters[0].sections.push({ ...chapters[0].sections[0], id: "sec2", order: 2, cards: [basicCard("d1")] });
      const generated = [{ id: "predict-x", sectionId: "sec", type: "predict", rendered: { prompt: "p", answer: "", explanation: "" }, frequency: "medium", difficulty: "easy" }];
      await syncContent(t2.db, chapters, new Date(), generated);
      const order = await t2.db.card.findMany({ orderBy: { globalOrder: "asc" }, select: { id: true } });
      expect(order.map((c) => c.id)).toEqual(["c1", "c2", "predict-x", "d1"]);
    } finally {
      await t2.cleanup();
    }
  });
});
