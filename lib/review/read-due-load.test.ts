import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, seedContent } from "../test/fixtures";
import { createTestDb } from "../test/test-db";
import { readDueLoad } from "./read-due-load";
import { CardState } from "./vocabulary";

const t = createTestDb({ hotPath: false });
const db = t.db;
beforeAll(() => seedContent(db, 6));
afterAll(() => t.cleanup());

describe("due load per day", () => {
  it("counts the user's visible review cards due on each day of the range in one grouped query", async () => {
    const user = await createUser(db);
    const other = await createUser(db);
    const dayStart = new Date("2026-05-10T00:00:00Z");
    const at = (days: number, hours: number) => new Date(dayStart.getTime() + days * 86_400_000 + hours * 3_600_000);
    const card = (userId: string, cardId: string, due: Date, extra: { state?: number; suspended?: boolean } = {}) => ({
      userId, cardId, due, state: extra.state ?? CardState.Review, suspended: extra.suspended ?? false,
      stability: 5, difficulty: 5, elapsedDays: 0, scheduledDays: 3, learningSteps: 0, reps: 1, lapses: 0, lastReview: dayStart,
    });
    await db.userCard.createMany({
      data: [
        card(user.id, "c1", at(3, 1)),
        card(user.id, "c2", at(3, 23.9)),
        card(user.id, "c3", at(5, 12)),
        card(user.id, "c4", at(5, 0), { suspended: true }), // hidden: not counted
        card(user.id, "c5", at(4, 6), { state: CardState.Learning }), // not a review: not counted
        card(user.id, "c6", at(8, 1)), // outside the range
        card(other.id, "c1", at(4, 2)), // someone else's
      ],
    });
    expect(await readDueLoad(db, user.id, dayStart, 3, 6)).toEqual([2, 0, 1, 0]);
  });
});
