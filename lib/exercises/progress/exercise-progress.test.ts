import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { submitReview } from "../../review/submit-review";
import { getQueue } from "../../review/get-queue";
import { syncContent } from "../../content/sync-content";
import { createTestDb } from "../../test/test-db";
import { createUser, smallContent } from "../../test/fixtures";
import { exerciseCardId, exerciseCards } from "../exercise-cards";
import type { ExerciseMeta } from "../catalog";
import { getExerciseForUser } from "./get-exercise";
import { getReference, giveUp } from "./give-up";
import { listExercisesForUser } from "./list-exercises";
import { MAX_ATTEMPT_BYTES, MAX_CODE_BYTES } from "./exercise-schemas";
import { ATTEMPTS_KEPT, recordAttempt } from "./record-attempt";
import { saveExerciseCode } from "./save-code";

const t = createTestDb();
const db = t.db;
// The real catalog's lru-cache, placed in the fixture section so its card can be synced.
const lru: ExerciseMeta = { id: "lru-cache", title: "LRU cache", chapter: "ch", section: "sec", difficulty: "easy", noMapSet: false, hints: ["a", "b", "c"] };
beforeAll(() => syncContent(db, smallContent(2), new Date(), exerciseCards([lru], new Set(["lru-cache"]))));
afterAll(() => t.cleanup());

const fail = { mode: "submit", passed: false, failures: [{ kind: "property", message: "diverged", counterexample: "c.get(1) // expected 1, got 2" }], code: "x" };
const pass = { mode: "submit", passed: true, failures: [], code: "solution" };

describe("exercise progress", () => {
  it("autosaves code and restores it", async () => {
    const user = await createUser(db);
    expect((await getExerciseForUser(db, user.id, "lru-cache")).savedCode).toBeNull();
    await saveExerciseCode(db, user.id, "lru-cache", { code: "export class LRUCache {}" });
    const view = await getExerciseForUser(db, user.id, "lru-cache");
    expect(view.savedCode).toBe("export class LRUCache {}");
    expect(view.starter).toContain("export class LRUCache");
    await expect(saveExerciseCode(db, user.id, "nope", { code: "" })).rejects.toBeInstanceOf(AppError);
    await expect(saveExerciseCode(db, user.id, "lru-cache", { code: 42 })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("suggests Good for a first-try pass and Hard after failed submissions, and unlocks the reference", async () => {
    const first = await createUser(db);
    expect((await recordAttempt(db, first.id, "lru-cache", pass)).suggestedRating).toBe(3);
    expect((await getReference(db, first.id, "lru-cache")).reference).toContain("class LRUCache");

    const second = await createUser(db);
    await expect(getReference(db, second.id, "lru-cache")).rejects.toMatchObject({ code: "REFERENCE_LOCKED" });
    const failed = await recordAttempt(db, second.id, "lru-cache", fail);
    expect(failed).toMatchObject({ suggestedRating: null, status: "attempted" });
    expect((await recordAttempt(db, second.id, "lru-cache", { ...pass, mode: "run" })).suggestedRating).toBeNull();
    expect((await recordAttempt(db, second.id, "lru-cache", pass)).suggestedRating).toBe(2);
    const list = await listExercisesForUser(db, second.id);
    expect(list.find((e) => e.id === "lru-cache")).toMatchObject({ status: "solved", attempts: 2 });
  });

  it("gives up with Again and a visible reference", async () => {
    const user = await createUser(db);
    const result = await giveUp(db, user.id, "lru-cache");
    expect(result.suggestedRating).toBe(1);
    expect(result.reference).toContain("class LRUCache");
  });

  it("puts the exercise on the FSRS schedule once rated, never as a new card, and shows it due", async () => {
    const user = await createUser(db);
    const now = new Date("2026-05-01T10:00:00Z");
    const queue = await getQueue(db, user.id, { limit: 10, now });
    expect(queue.cards.map((c) => c.cardId)).not.toContain(exerciseCardId("lru-cache"));
    await recordAttempt(db, user.id, "lru-cache", pass, now);
    await submitReview(db, user.id, { reviewId: randomUUID(), cardId: exerciseCardId("lru-cache"), rating: 3 }, now);
    const later = new Date("2026-09-01T10:00:00Z");
    const due = await getQueue(db, user.id, { limit: 10, now: later });
    expect(due.cards[0]).toMatchObject({ cardId: "exercise-lru-cache", type: "exercise" });
    const list = await listExercisesForUser(db, user.id, later);
    expect(list.find((e) => e.id === "lru-cache")?.status).toBe("due");
    // A review starts fresh: one failed submission after the last grade makes the next pass Hard.
    await recordAttempt(db, user.id, "lru-cache", fail, later);
    expect((await recordAttempt(db, user.id, "lru-cache", pass, later)).suggestedRating).toBe(2);
  });

  it("caps each stored attempt at 64 KB and keeps the newest 50 per exercise", async () => {
    const user = await createUser(db);
    await expect(recordAttempt(db, user.id, "lru-cache", { ...fail, code: "x".repeat(MAX_CODE_BYTES + 1) })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(saveExerciseCode(db, user.id, "lru-cache", { code: "é".repeat(MAX_CODE_BYTES / 2 + 1) })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    // 50 failures of 20,000 characters each (about 2 MB) next to the largest code allowed.
    const huge = { kind: "property", message: "m".repeat(20_000), counterexample: "c".repeat(20_000) };
    await recordAttempt(db, user.id, "lru-cache", { mode: "run", passed: false, failures: Array.from({ length: 50 }, () => huge), code: "y".repeat(MAX_CODE_BYTES) });
    const stored = await db.exerciseAttempt.findFirstOrThrow({ where: { userId: user.id } });
    expect(Buffer.byteLength(stored.code) + Buffer.byteLength(stored.failures)).toBeLessThanOrEqual(MAX_ATTEMPT_BYTES);
    expect(JSON.parse(stored.failures).length).toBeGreaterThan(0);

    const start = Date.now() + 86_400_000; // after the large attempt above
    for (let i = 0; i < ATTEMPTS_KEPT + 5; i++) await recordAttempt(db, user.id, "lru-cache", { ...fail, code: `v${i}` }, new Date(start + i * 1000));
    const kept = await db.exerciseAttempt.findMany({ where: { userId: user.id, exerciseId: "lru-cache" }, orderBy: { createdAt: "asc" } });
    expect(kept.length).toBe(ATTEMPTS_KEPT);
    expect(kept[0].code).toBe("v5");
    expect(kept.at(-1)!.code).toBe(`v${ATTEMPTS_KEPT + 4}`);
  });
});
