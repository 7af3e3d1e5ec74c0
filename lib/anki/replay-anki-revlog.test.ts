import { describe, expect, it } from "vitest";
import { createEmptyCard, default_w, fsrs, Rating, State } from "ts-fsrs";
import type { SchedulerSnapshot } from "../review/scheduler";
import type { AnkiRevlogEntry } from "./anki-model";
import { replayAnkiRevlog } from "./replay-anki-revlog";
import { CRT, standardFixture } from "./test/anki-fixture-specs";

const snapshot: SchedulerSnapshot = { request_retention: 0.9, maximum_interval: 36500, enable_fuzz: false, enable_short_term: true, learning_steps: ["1m", "10m"], relearning_steps: ["10m"] };
const DAY = 86_400_000;
const T0 = CRT * 1000;
const history = (): AnkiRevlogEntry[] => standardFixture().revlog.map((r) => ({ id: r.id, cardId: r.cid, ease: r.ease, ivl: r.ivl, lastIvl: r.lastIvl, factor: r.factor, time: r.time, type: r.type }));
const entry = (day: number, ease: number, type = 1, extra: Partial<AnkiRevlogEntry> = {}): AnkiRevlogEntry => ({ id: T0 + day * DAY, cardId: 1, ease, ivl: 1, lastIvl: 0, factor: 2500, time: 1000, type, ...extra });

describe("replayAnkiRevlog", () => {
  it("grades every real review with its button, time and duration, and skips the set-due-date row", () => {
    const replay = replayAnkiRevlog(history(), snapshot);
    expect(replay.reviews.map((r) => [r.rating, r.durationMs])).toEqual([[3, 8000], [3, 5000], [3, 4000], [1, 12000], [3, 6000], [4, 3000]]);
    expect(replay.reviews.map((r) => r.review.getTime())).toEqual(history().filter((e) => e.type !== 5).map((e) => e.id));
    expect(replay.ignored).toEqual([{ ankiRevlogId: T0 + 6 * DAY, reason: "due date set by hand" }]);
    expect(replay.card).toMatchObject({ state: State.Review, reps: 6, lapses: 1 });
    expect(replay.card.due.getTime()).toBeGreaterThan(T0 + 10 * DAY);
    // Each review starts from the card the one before left, with the due the set-due-date row gave it.
    expect(replay.reviews[4].prevDue).toEqual(replay.reviews[3].cardAfter.due);
    expect(replay.reviews[5].prevDue).toEqual(new Date(T0 + 6 * DAY + 4 * DAY));
    expect(replay.reviews[5].log.stability).toBe(replay.reviews[4].cardAfter.stability);
    expect(replay.reviews[3].log.state).toBe(State.Review);
  });

  it("matches ts-fsrs's own history replay for the same reviews", () => {
    const reviews = history().filter((e) => e.ease > 0);
    const reference = fsrs({ ...snapshot, w: [...default_w] }).reschedule(createEmptyCard(new Date(reviews[0].id)), reviews.map((r) => ({ rating: r.ease as Rating.Good, review: new Date(r.id) })), { skipManual: true });
    const last = reference.collections.at(-1)!.card;
    const ours = replayAnkiRevlog(reviews, snapshot).card;
    expect(ours.stability).toBeCloseTo(last.stability, 10);
    expect(ours.difficulty).toBeCloseTo(last.difficulty, 10);
    expect(ours.due).toEqual(last.due);
  });

  it("moves the due date on a set-due-date row without touching memory state", () => {
    const base = [entry(0, 3, 0), entry(1, 3, 1)];
    const plain = replayAnkiRevlog(base, snapshot).card;
    const moved = replayAnkiRevlog([...base, entry(2, 0, 5, { ivl: 30 })], snapshot).card;
    expect(moved.stability).toBe(plain.stability);
    expect(moved.due).toEqual(new Date(T0 + 2 * DAY + 30 * DAY));
  });

  it("starts over after a reset to new, and ignores cram reviews that did not reschedule", () => {
    const after = [entry(10, 3, 0), entry(12, 4, 1)];
    const reset = replayAnkiRevlog([entry(0, 1, 0), entry(1, 1, 1), entry(5, 0, 4, { ivl: 0 }), ...after, entry(13, 1, 3, { factor: 0 })], snapshot);
    const fresh = replayAnkiRevlog(after, snapshot);
    expect(reset.card).toEqual(fresh.card);
    expect(reset.reviews.map((r) => r.ankiRevlogId)).toEqual(after.map((e) => e.id));
    expect(reset.ignored.map((i) => i.reason)).toEqual(["before a reset to new", "before a reset to new", "reset to new", "cram review in a filtered deck that did not reschedule"]);
  });

  it("uses the user's parameters and leaves a card without history new", () => {
    const w = [...default_w];
    w[2] = default_w[2] * 3; // initial stability after Good
    const mine = replayAnkiRevlog([entry(0, 3, 0), entry(3, 3, 1)], { ...snapshot, w }).card;
    const defaults = replayAnkiRevlog([entry(0, 3, 0), entry(3, 3, 1)], snapshot).card;
    expect(mine.stability).not.toBeCloseTo(defaults.stability, 3);
    expect(replayAnkiRevlog([], snapshot)).toMatchObject({ reviews: [], ignored: [], card: { state: State.New, reps: 0 } });
  });

  it("derives a review card's state from SM-2 when it comes without history, as Anki does", () => {
    const card = { id: 1, noteId: 1, ord: 0, deckId: 1, type: 2, queue: 2, due: 100, ivl: 30, factor: 2500, reps: 7, lapses: 1 };
    const { card: state, reviews } = replayAnkiRevlog([], snapshot, { card, createdSecs: CRT });
    expect(reviews).toEqual([]);
    // At SM-2's 90% retention, FSRS stability equals the interval.
    expect(state).toMatchObject({ state: State.Review, scheduled_days: 30, reps: 7, lapses: 1 });
    expect(state.stability).toBeCloseTo(30, 6);
    expect(state.due).toEqual(new Date(T0 + 100 * DAY));
    // A harder card (lower ease) gets a higher difficulty; a new card stays new.
    expect(replayAnkiRevlog([], snapshot, { card: { ...card, factor: 1300 }, createdSecs: CRT }).card.difficulty).toBeGreaterThan(state.difficulty);
    expect(replayAnkiRevlog([], snapshot, { card: { ...card, type: 0, queue: 0, ivl: 0 }, createdSecs: CRT }).card.state).toBe(State.New);
  });
});
