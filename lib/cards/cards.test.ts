import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { createTestDb } from "../test/test-db";
import { basicCard, createUser, smallContent } from "../test/fixtures";
import { syncContent } from "../content/sync-content";
import { renderCard } from "../content/render-card";
import { readRenderedCard } from "../content/rendered-card-schema";
import { submitReview } from "../review/submit-review";
import { createDeck } from "../decks/create-deck";
import { deleteDeck } from "../decks/delete-deck";
import { listDecks } from "../decks/list-decks";
import { renameDeck } from "../decks/rename-deck";
import { browseCards } from "./browse-cards";
import { bulkCards } from "./bulk-cards";
import { lookupIn } from "./content-card-lookup";
import { copyCardToDeck } from "./copy-card-to-deck";
import { createCard } from "./create-card";
import { deleteCard } from "./delete-card";
import { getCard } from "./get-card";
import { getCardInfo } from "./get-card-info";
import { updateCard } from "./update-card";
import { getDeckProgress } from "../progress/get-deck-progress";
import { startQuiz } from "../quiz/start-quiz";

const content = smallContent(0, [basicCard("c1", "What does `defer` do?"), { id: "c2", type: "cloze", text: "A {{mutex}} guards state.", explanation: "Locks.", interview: { frequency: "high", difficulty: "easy" }, tags: [], exercises: [] }, basicCard("c3")]);
const t = createTestDb();
const db = t.db;
beforeAll(() => syncContent(db, content));
afterAll(() => t.cleanup());

const at = (iso: string) => new Date(iso);
const grade = (userId: string, cardId: string, rating: number, now: Date) => submitReview(db, userId, { reviewId: randomUUID(), cardId, rating }, now);
async function expectCode(promise: Promise<unknown>, code: string) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

describe("decks", () => {
  it("creates, lists with card counts, renames, refuses a taken name, and hides other users' decks", async () => {
    const user = await createUser(db);
    const other = await createUser(db);
    const deck = await createDeck(db, user.id, { name: "Go" });
    await createDeck(db, user.id, { name: "Rust" });
    await createCard(db, user.id, { deckId: deck.id, source: { type: "basic", front: "Q", back: "A" } });
    expect((await listDecks(db, user.id)).map((d) => [d.name, d.cardCount])).toEqual([["Go", 1], ["Rust", 0]]);
    await expectCode(createDeck(db, user.id, { name: "go" }), "DECK_NAME_TAKEN");
    await expectCode(renameDeck(db, user.id, deck.id, { name: "Rust" }), "DECK_NAME_TAKEN");
    expect(await renameDeck(db, user.id, deck.id, { name: "Golang", newPerDay: 5 })).toMatchObject({ name: "Golang", cardCount: 1, newPerDay: 5 });
    await expectCode(renameDeck(db, other.id, deck.id, { name: "Mine" }), "NOT_FOUND");
    await expectCode(deleteDeck(db, other.id, deck.id), "NOT_FOUND");
    await expectCode(createCard(db, other.id, { deckId: deck.id, source: { type: "basic", front: "Q", back: "A" } }), "NOT_FOUND");
    expect(await listDecks(db, other.id)).toEqual([]);
    await expectCode(createDeck(db, user.id, { name: "  " }), "INVALID_INPUT");
  });

  it("deleting a deck retires its cards and keeps their review history", async () => {
    const user = await createUser(db);
    const deck = await createDeck(db, user.id, { name: "Temp" });
    const card = await createCard(db, user.id, { deckId: deck.id, source: { type: "basic", front: "Q", back: "A" } });
    await grade(user.id, card.id, 3, at("2026-05-01T10:00:00Z"));
    expect(await deleteDeck(db, user.id, deck.id)).toMatchObject({ deleted: true, retiredCards: 1 });
    expect(await listDecks(db, user.id)).toEqual([]);
    expect(await db.reviewLog.count({ where: { userId: user.id, cardId: card.id } })).toBe(1);
    await expectCode(grade(user.id, card.id, 3, at("2026-05-02T10:00:00Z")), "CARD_RETIRED");
    expect((await browseCards(db, user.id, {})).cards.map((c) => c.id)).not.toContain(card.id);
  });
});

describe("authoring", () => {
  it("renders an own cloze card exactly as the content renderer does, with code blocks", async () => {
    const user = await createUser(db);
    const deck = await createDeck(db, user.id, { name: "Code" });
    const text = "In Go, {{defer::keyword}} runs at return:\n\n```go\ndefer f.Close()\n```";
    const card = await createCard(db, user.id, { deckId: deck.id, source: { type: "cloze", text }, tags: ["Go", "go", "files"] });
    expect(card.tags).toEqual(["go", "files"]);
    const stored = await db.card.findUniqueOrThrow({ where: { id: card.id } });
    const expected = renderCard({ id: card.id, type: "cloze", text, explanation: "", interview: { frequency: "medium", difficulty: "medium" }, tags: [], exercises: [] });
    expect(readRenderedCard(stored.rendered)).toEqual(expected);
    expect(expected.prompt).toContain("[keyword]");
    expect(expected.prompt).toContain('class="hljs');
    expect(stored.searchText).toContain("defer f.close()");
    await expectCode(createCard(db, user.id, { deckId: deck.id, source: { type: "cloze", text: "no blank" } }), "INVALID_INPUT");
    await expectCode(createCard(db, user.id, { deckId: deck.id, source: { type: "basic", front: "<script>x</script>", back: "A" }, extra: 1 }), "INVALID_INPUT");
  });

  it("edits keep the schedule; a type change needs confirmReset and resets", async () => {
    const user = await createUser(db);
    const deck = await createDeck(db, user.id, { name: "Edit" });
    const card = await createCard(db, user.id, { deckId: deck.id, source: { type: "basic", front: "Q", back: "A" } });
    await grade(user.id, card.id, 3, at("2026-05-01T10:00:00Z"));
    await grade(user.id, card.id, 3, at("2026-05-01T10:20:00Z"));
    const before = await db.userCard.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: card.id } } });
    await updateCard(db, user.id, card.id, { source: { type: "basic", front: "Q, better", back: "A" }, tags: ["x"] });
    const kept = await db.userCard.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: card.id } } });
    expect(kept.due).toEqual(before.due);
    expect(kept.stability).toBe(before.stability);
    expect((await getCard(db, user.id, card.id)).source).toMatchObject({ front: "Q, better" });
    const cloze = { type: "cloze" as const, text: "Q {{A}}" };
    await expectCode(updateCard(db, user.id, card.id, { source: cloze }), "CARD_TYPE_CHANGE_NEEDS_RESET");
    const changed = await updateCard(db, user.id, card.id, { source: cloze, confirmReset: true });
    expect(changed).toMatchObject({ type: "cloze", reset: true, tags: ["x"] });
    const reset = await db.userCard.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: card.id } } });
    expect([reset.state, reset.reps, reset.stability]).toEqual([0, 0, 0]);
    expect(await db.reviewLog.count({ where: { userId: user.id, cardId: card.id } })).toBe(2);
  });

  it("built-in cards are read-only, copy to an editable own card; other users' cards are 404", async () => {
    const user = await createUser(db);
    const other = await createUser(db);
    const deck = await createDeck(db, user.id, { name: "Copies" });
    await expectCode(updateCard(db, user.id, "c2", { tags: ["x"] }), "CARD_READ_ONLY");
    await expectCode(deleteCard(db, user.id, "c2"), "CARD_READ_ONLY");
    const copy = await copyCardToDeck(db, user.id, "c2", { deckId: deck.id }, lookupIn(content));
    expect(copy.source).toEqual({ type: "cloze", text: "A {{mutex}} guards state.", explanation: "Locks." });
    const copied = await db.card.findUniqueOrThrow({ where: { id: copy.id } });
    const original = await db.card.findUniqueOrThrow({ where: { id: "c2" } });
    expect(JSON.parse(copied.rendered).prompt).toBe(JSON.parse(original.rendered).prompt);
    await expectCode(getCard(db, other.id, copy.id), "NOT_FOUND");
    await expectCode(updateCard(db, other.id, copy.id, { tags: ["x"] }), "NOT_FOUND");
    await expectCode(getCardInfo(db, other.id, copy.id), "NOT_FOUND");
    expect(await deleteCard(db, user.id, copy.id)).toEqual({ id: copy.id, deleted: true });
    await expectCode(getCard(db, user.id, copy.id), "NOT_FOUND");
  });
});

describe("quiz", () => {
  it("quizzes an own deck like a chapter, and never another user's deck", async () => {
    const user = await createUser(db);
    const deck = await createDeck(db, user.id, { name: "Quiz me" });
    const mine = [];
    for (const front of ["one", "two"]) mine.push((await createCard(db, user.id, { deckId: deck.id, source: { type: "basic", front, back: "A" } })).id);
    const quiz = await startQuiz(db, user.id, { chapterIds: [deck.id], length: 10, mode: "practice" });
    const questions = await db.quizQuestion.findMany({ where: { quizId: quiz.id }, select: { cardId: true, chapterId: true } });
    expect(questions.map((q) => q.cardId).sort()).toEqual([...mine].sort());
    expect(new Set(questions.map((q) => q.chapterId))).toEqual(new Set([deck.id]));
    const stranger = await createUser(db);
    const theirs = await startQuiz(db, stranger.id, { chapterIds: [deck.id], length: 10, mode: "practice" }).then(
      (q) => db.quizQuestion.count({ where: { quizId: q.id } }),
      (e: unknown) => (e instanceof AppError ? 0 : Promise.reject(e)),
    );
    expect(theirs).toBe(0);
  });
});

describe("card info", () => {
  it("lists every review with its interval, stability, difficulty and time, and a recall curve through them", async () => {
    const user = await createUser(db);
    await submitReview(db, user.id, { reviewId: randomUUID(), cardId: "c3", rating: 3, durationMs: 4200 }, at("2026-06-01T10:00:00Z"));
    await grade(user.id, "c3", 3, at("2026-06-01T10:20:00Z"));
    await grade(user.id, "c3", 3, at("2026-06-05T10:00:00Z"));
    const info = await getCardInfo(db, user.id, "c3", at("2026-06-06T10:00:00Z"));
    expect(info.reviews.map((r) => [r.ratingName, r.durationMs])).toEqual([["Good", 4200], ["Good", null], ["Good", null]]);
    expect(info.reviews[2].intervalDays).toBeGreaterThan(info.reviews[1].intervalDays);
    expect(info.current).toMatchObject({ state: "Review", lapses: 0, suspended: false });
    expect(info.current!.stability).toBe(info.reviews[2].stability);
    // The curve restarts at 1 at each review and decays in between.
    for (const review of info.reviews) expect(info.curve.some((p) => p.at === review.at && Math.abs(p.recall - 1) < 1e-9)).toBe(true);
    const before = info.curve.filter((p) => p.at === info.reviews[2].at).map((p) => p.recall);
    expect(Math.min(...before)).toBeLessThan(1);
    const last = info.curve.at(-1)!;
    expect(last.recall).toBeLessThan(0.9);
    expect(new Date(last.at).getTime()).toBeGreaterThan(new Date(info.current!.due).getTime());
  });
});

describe("browse and bulk actions", () => {
  it("searches, filters, sorts and paginates the user's built-in and own cards", async () => {
    const user = await createUser(db);
    const deck = await createDeck(db, user.id, { name: "Mine" });
    const own = [];
    for (let i = 0; i < 5; i++) own.push(await createCard(db, user.id, { deckId: deck.id, source: { type: "basic", front: `Goroutine question ${i}`, back: "A 100% answer" }, tags: i % 2 ? ["odd"] : [] }));
    const stranger = await createUser(db);
    const theirs = await createDeck(db, stranger.id, { name: "Theirs" });
    await createCard(db, stranger.id, { deckId: theirs.id, source: { type: "basic", front: "Goroutine secret", back: "hidden" } });

    const all = await browseCards(db, user.id, {});
    expect(all.total).toBe(8);
    expect((await browseCards(db, user.id, { q: "GOROUTINE question" })).total).toBe(5);
    expect((await browseCards(db, user.id, { q: "100%" })).total).toBe(5);
    expect((await browseCards(db, user.id, { q: "10_%" })).total).toBe(0);
    expect((await browseCards(db, user.id, { q: "defer" })).cards.map((c) => c.id)).toEqual(["c1"]);
    expect((await browseCards(db, user.id, { deck: deck.id })).total).toBe(5);
    expect((await browseCards(db, user.id, { deck: "ch" })).total).toBe(3);
    expect((await browseCards(db, user.id, { type: "cloze" })).cards.map((c) => c.id)).toEqual(["c2"]);
    expect((await browseCards(db, user.id, { tag: "odd" })).cards.map((c) => c.id).sort()).toEqual([own[1].id, own[3].id].sort());

    await grade(user.id, own[0].id, 3, at("2026-07-01T10:00:00Z"));
    await grade(user.id, own[0].id, 3, at("2026-07-01T10:20:00Z"));
    await grade(user.id, own[1].id, 1, at("2026-07-01T10:00:00Z"));
    expect((await browseCards(db, user.id, { state: "review" })).cards.map((c) => c.id)).toEqual([own[0].id]);
    expect((await browseCards(db, user.id, { state: "learning" })).cards.map((c) => c.id)).toEqual([own[1].id]);
    expect((await browseCards(db, user.id, { state: "new" })).total).toBe(6);
    const byDue = await browseCards(db, user.id, { sort: "due" });
    expect(byDue.cards.slice(0, 2).map((c) => c.id)).toEqual([own[1].id, own[0].id]);
    expect((await browseCards(db, user.id, { sort: "-interval" })).cards[0].id).toBe(own[0].id);
    expect((await browseCards(db, user.id, { dueAfter: "2026-07-02" })).cards.map((c) => c.id)).toEqual([own[0].id]);
    expect((await browseCards(db, user.id, { dueBefore: "2026-07-02" })).cards.map((c) => c.id)).toEqual([own[1].id]);

    const page1 = await browseCards(db, user.id, { sort: "created", pageSize: "3", page: "1" });
    const page3 = await browseCards(db, user.id, { sort: "created", pageSize: "3", page: "3" });
    expect([page1.cards.length, page3.cards.length, page3.total]).toEqual([3, 2, 8]);
    expect(new Set([...page1.cards, ...page3.cards].map((c) => c.id)).size).toBe(5);
    await expectCode(browseCards(db, user.id, { sort: "bogus" }), "INVALID_INPUT");
    await expectCode(browseCards(db, user.id, { state: "sleeping" }), "INVALID_INPUT");
  });

  it("suspends, buries, tags, sets due dates and moves in bulk; leeches and lapses are filters", async () => {
    const user = await createUser(db);
    const a = await createDeck(db, user.id, { name: "A" });
    const b = await createDeck(db, user.id, { name: "B" });
    const card = await createCard(db, user.id, { deckId: a.id, source: { type: "basic", front: "Q", back: "A" } });
    const now = at("2026-08-01T10:00:00Z");
    expect(await bulkCards(db, user.id, { action: "suspend", cardIds: ["c1", card.id] }, now)).toEqual({ action: "suspend", cards: 2, skipped: 0 });
    expect((await browseCards(db, user.id, { state: "suspended" }, now)).cards.map((c) => c.id).sort()).toEqual(["c1", card.id].sort());
    await bulkCards(db, user.id, { action: "unsuspend", cardIds: ["c1"] }, now);
    await bulkCards(db, user.id, { action: "bury", cardIds: ["c2"] }, now);
    expect((await browseCards(db, user.id, { state: "buried" }, now)).cards.map((c) => c.id)).toEqual(["c2"]);
    await bulkCards(db, user.id, { action: "addTag", cardIds: ["c1", "c3"], tag: "leech" }, now);
    await bulkCards(db, user.id, { action: "addTag", cardIds: ["c1"], tag: "leech" }, now);
    expect((await browseCards(db, user.id, { leech: "true" }, now)).cards.map((c) => c.id)).toEqual(["c1", "c3"]);
    expect((await getDeckProgress(db, user.id)).leeches).toBe(2);
    await bulkCards(db, user.id, { action: "removeTag", cardIds: ["c3"], tag: "leech" }, now);
    expect((await browseCards(db, user.id, { leech: "true" }, now)).total).toBe(1);

    await grade(user.id, "c3", 3, now);
    await grade(user.id, "c3", 3, at("2026-08-01T10:20:00Z"));
    const set = await bulkCards(db, user.id, { action: "setDue", cardIds: ["c3", "c1"], due: "10!" }, now);
    expect(set).toEqual({ action: "setDue", cards: 1, skipped: 1 });
    const row = await db.userCard.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: "c3" } } });
    expect(row.due.toISOString()).toBe("2026-08-11T00:00:00.000Z");
    expect(row.scheduledDays).toBe(10);
    await expectCode(bulkCards(db, user.id, { action: "setDue", cardIds: ["c3"], due: "soon" }, now), "INVALID_INPUT");
    expect((await browseCards(db, user.id, { lapses: "0", state: "review" }, now)).cards.map((c) => c.id)).toEqual(["c3"]);
    expect((await browseCards(db, user.id, { lapses: "1" }, now)).total).toBe(0);

    await bulkCards(db, user.id, { action: "reset", cardIds: ["c3"] }, now);
    expect((await db.userCard.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: "c3" } } })).state).toBe(0);

    await expectCode(bulkCards(db, user.id, { action: "move", cardIds: [card.id, "c1"], deckId: b.id }, now), "CARD_READ_ONLY");
    await bulkCards(db, user.id, { action: "move", cardIds: [card.id], deckId: b.id }, now);
    expect((await listDecks(db, user.id)).map((d) => [d.name, d.cardCount])).toEqual([["A", 0], ["B", 1]]);
    const stranger = await createUser(db);
    await expectCode(bulkCards(db, stranger.id, { action: "suspend", cardIds: [card.id] }, now), "NOT_FOUND");
    await expectCode(bulkCards(db, stranger.id, { action: "delete", cardIds: [card.id] }, now), "NOT_FOUND");
    await bulkCards(db, user.id, { action: "delete", cardIds: [card.id] }, now);
    expect((await listDecks(db, user.id)).map((d) => d.cardCount)).toEqual([0, 0]);
  });
});
