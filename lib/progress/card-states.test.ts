import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncContent } from "../content/sync-content";
import type { ExerciseMeta } from "../exercises/catalog";
import { exerciseCardId, exerciseCards } from "../exercises/exercise-cards";
import { submitReview } from "../review/submit-review";
import { createTestDb } from "../test/test-db";
import { createUser, smallContent } from "../test/fixtures";
import { getCardStates } from "./get-card-states";

const t = createTestDb();
const lru: ExerciseMeta = { id: "lru-cache", title: "LRU cache", chapter: "ch", section: "sec", difficulty: "easy", noMapSet: false, hints: ["a", "b", "c"] };
beforeAll(() => syncContent(t.db, smallContent(3), new Date(), exerciseCards([lru], new Set(["lru-cache"]))));
afterAll(() => t.cleanup());

describe("card states", () => {
  it("counts study cards and predict cards as new, and an exercise only once it is scheduled", async () => {
    const user = await createUser(t.db);
    expect(await getCardStates(t.db, user.id)).toMatchObject({ total: 4, new: 4, learning: 0 });
    await submitReview(t.db, user.id, { reviewId: randomUUID(), cardId: exerciseCardId("lru-cache"), rating: 3 });
    await submitReview(t.db, user.id, { reviewId: randomUUID(), cardId: "c1", rating: 1 });
    expect(await getCardStates(t.db, user.id)).toMatchObject({ total: 5, new: 3, learning: 2 });
  });
});
