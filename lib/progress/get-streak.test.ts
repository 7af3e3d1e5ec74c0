import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitReview } from "../review/submit-review";
import { createTestDb } from "../test/test-db";
import { createUser, seedContent } from "../test/fixtures";
import { getStreak } from "./get-streak";

const t = createTestDb();
beforeAll(() => seedContent(t.db, 3));
afterAll(() => t.cleanup());

const review = (userId: string, iso: string, cardId = "c1") =>
  submitReview(t.db, userId, { reviewId: randomUUID(), cardId, rating: 3 }, new Date(iso));

describe("streak", () => {
  it("counts consecutive local days ending today or yesterday", async () => {
    const user = await createUser(t.db);
    expect(await getStreak(t.db, user.id, "UTC", new Date("2026-01-10T12:00:00Z"))).toBe(0);
    await review(user.id, "2026-01-06T10:00:00Z"); // gap on the 7th
    await review(user.id, "2026-01-08T10:00:00Z");
    await review(user.id, "2026-01-09T10:00:00Z");
    await review(user.id, "2026-01-09T11:00:00Z", "c2");
    expect(await getStreak(t.db, user.id, "UTC", new Date("2026-01-10T12:00:00Z"))).toBe(2);
    await review(user.id, "2026-01-10T09:00:00Z");
    expect(await getStreak(t.db, user.id, "UTC", new Date("2026-01-10T12:00:00Z"))).toBe(3);
    expect(await getStreak(t.db, user.id, "UTC", new Date("2026-01-12T12:00:00Z"))).toBe(0);
    // Days are those stamped at grading (UTC here); "today" follows the zone asked about:
    // at UTC+14 it is already the 11th, so the run 8th–10th is still alive.
    expect(await getStreak(t.db, user.id, "Pacific/Kiritimati", new Date("2026-01-10T12:00:00Z"))).toBe(3);
  });
});
