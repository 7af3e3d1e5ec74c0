import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCard } from "../cards/create-card";
import { createDeck } from "../decks/create-deck";
import type { AppError } from "../errors";
import { submitReview } from "../review/submit-review";
import { getSettings } from "../settings/get-settings";
import { updateSettings } from "../settings/update-settings";
import { createUser, seedContent } from "../test/fixtures";
import { createTestDb } from "../test/test-db";
import { applyInterviewPlan } from "./apply-interview-plan";
import { getReadiness } from "./get-readiness";

const DAY_MS = 86_400_000;
const NOW = new Date("2026-09-01T06:00:00Z");

describe("an interview scoped to the learner's own deck", () => {
  const t = createTestDb();
  const db = t.db;
  beforeAll(() => seedContent(db, 4));
  afterAll(() => t.cleanup());

  it("accepts only chapters and the user's own decks, and plans and measures readiness on that deck alone", async () => {
    const user = await createUser(db);
    const other = await createUser(db);
    const mine = await createDeck(db, user.id, { name: "System design flashcards" });
    const theirs = await createDeck(db, other.id, { name: "Theirs" });
    const code = (p: Promise<unknown>) => p.then(() => "ok", (e: AppError) => e.code);
    expect(await code(updateSettings(db, user.id, { interviewScope: [theirs.id] }, NOW))).toBe("UNKNOWN_CHAPTER");

    const own = [];
    for (const front of ["Raft's election timeout?", "Why fencing tokens?"]) own.push(await createCard(db, user.id, { deckId: mine.id, source: { type: "basic", front, back: "Because." } }));
    // One own card and one chapter card answered Easy 3 days ago: due in about 5 days, after the
    // interview in 3, and by then below the 0.95 the learner wants.
    const studiedAt = new Date(NOW.getTime() - 3 * DAY_MS);
    await submitReview(db, user.id, { reviewId: randomUUID(), cardId: own[0].id, rating: 4 }, studiedAt);
    await submitReview(db, user.id, { reviewId: randomUUID(), cardId: "c1", rating: 4 }, studiedAt);
    await updateSettings(db, user.id, { interviewDate: "2026-09-04", interviewScope: [mine.id], desiredRetention: 0.95 }, NOW);

    const readiness = await getReadiness(db, user.id, NOW);
    expect(readiness.chapters.map(({ id, title, cards, studied }) => ({ id, title, cards, studied }))).toEqual([{ id: mine.id, title: "System design flashcards", cards: 2, studied: 1 }]);
    expect(readiness.overall).toBeGreaterThan(0);
    expect(readiness.overall).toBeLessThan(0.5);

    // c1 is as much at risk, but outside the scope: one card at risk, planned for the last day with room.
    expect(await applyInterviewPlan(db, user.id, await getSettings(db, user.id), NOW)).toEqual({ pulled: 0, atRisk: 1 });
    const dayBefore = new Date(NOW.getTime() + 2 * DAY_MS);
    expect(await applyInterviewPlan(db, user.id, await getSettings(db, user.id), dayBefore)).toEqual({ pulled: 1, atRisk: 1 });
    const due = async (cardId: string) => (await db.userCard.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId } } })).due.getTime();
    expect(await due(own[0].id)).toBe(dayBefore.getTime()); // in scope: pulled forward to the day before
    expect(await due("c1")).toBeGreaterThan(dayBefore.getTime()); // a chapter outside the scope: untouched
  });
});
