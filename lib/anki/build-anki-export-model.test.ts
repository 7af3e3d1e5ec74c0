import { describe, expect, it } from "vitest";
import { State } from "ts-fsrs";
import { renderMarkdown } from "../content/render-markdown";
import type { SchedulerSnapshot } from "../review/scheduler";
import { buildAnkiExportModel, type ExportCard } from "./build-anki-export-model";
import { mapAnkiNotes } from "./map-anki-notes";
import { readAnkiPackage } from "./read-anki-package";
import { replayAnkiRevlog } from "./replay-anki-revlog";
import { writeAnkiPackage } from "./write-anki-package";

const DAY = 86_400_000;
const now = new Date("2026-11-30T12:00:00Z");
const snapshot: SchedulerSnapshot = { request_retention: 0.9, maximum_interval: 36500, enable_fuzz: false, enable_short_term: true, learning_steps: ["1m", "10m"], relearning_steps: ["10m"] };

const cards: ExportCard[] = [
  {
    id: "lru-evicts", deckName: "Caches", tags: ["lru", "two words"], suspended: false,
    content: { type: "basic", front: "What does an **LRU** cache evict?", back: "The least recently used entry.", explanation: "Recency predicts reuse." },
    schedule: { state: State.Review, due: new Date(now.getTime() + 5 * DAY), scheduledDays: 9, reps: 2, lapses: 0 },
    reviews: [
      { review: new Date(now.getTime() - 5 * DAY), rating: 3, durationMs: 4000, stateBefore: State.New, scheduledDaysAfter: 0, dueAfter: new Date(now.getTime() - 5 * DAY + 600_000) },
      { review: new Date(now.getTime() - 4 * DAY), rating: 3, durationMs: 90_000, stateBefore: State.Learning, scheduledDaysAfter: 9, dueAfter: new Date(now.getTime() + 5 * DAY) },
    ],
  },
  {
    id: "lru-structure", deckName: "Caches::Design", tags: [], suspended: true,
    content: { type: "cloze", text: "O(1) LRU = a {{hash map}} + a {{doubly linked list::ordering}}.", explanation: "" },
    schedule: null, reviews: [],
  },
];

describe("buildAnkiExportModel", () => {
  it("exports our cards so that Anki's format brings them back: HTML fields, one c1 group per cloze card, decks, tags", () => {
    const model = readAnkiPackage(writeAnkiPackage(buildAnkiExportModel(cards, [], now), { includeHistory: true }));
    expect(model.decks.map((d) => d.name).sort()).toEqual(["Caches", "Caches::Design", "Default"]);
    expect(model.notes[0].fields).toEqual([renderMarkdown("What does an **LRU** cache evict?").trim(), "<p>The least recently used entry.</p>", "<p>Recency predicts reuse.</p>"]);
    expect(model.notes[0].tags).toEqual(["lru", "two_words"]);
    expect(model.notes[1].fields[0]).toBe("<p>O(1) LRU = a {{c1::hash map}} + a {{c1::doubly linked list::ordering}}.</p>");

    const mapped = mapAnkiNotes(model);
    expect(mapped.skipped).toEqual([]);
    expect(mapped.cards[1].content).toEqual({ type: "cloze", text: "<div><p>O(1) LRU = a {{hash map}} + a {{doubly linked list::ordering}}.</p></div>", explanation: "" });
    expect(mapped.cards[1].scheduling).toMatchObject({ type: 0, queue: -1 });
  });

  it("writes scheduling in Anki's columns and history Anki (and our replay) can read", () => {
    const model = buildAnkiExportModel(cards, [], now);
    const review = model.cards[0];
    expect(review).toMatchObject({ type: 2, queue: 2, ivl: 9, reps: 2 });
    // A review card's due counts days from the collection's creation.
    expect(new Date(model.createdSecs * 1000 + review.due * DAY).toISOString().slice(0, 10)).toBe("2026-12-05");
    expect(model.revlog.map((r) => [r.ease, r.type, r.ivl > 0 ? r.ivl : "secs", r.time])).toEqual([[3, 0, "secs", 4000], [3, 0, 9, 60_000]]);
    const replay = replayAnkiRevlog(model.revlog, snapshot);
    expect(replay.reviews).toHaveLength(2);
    expect(replay.card.state).toBe(State.Review);
  });
});
