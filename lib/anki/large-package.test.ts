import { describe, expect, it } from "vitest";
import { mapAnkiNotes } from "./map-anki-notes";
import { readAnkiPackage } from "./read-anki-package";
import { replayAnkiRevlog } from "./replay-anki-revlog";
import type { SchedulerSnapshot } from "../review/scheduler";
import type { AnkiProgress } from "./anki-model";
import { largeFixture } from "./test/anki-fixture-specs";
import { buildFixturePackage } from "./test/write-anki-fixture";

const snapshot: SchedulerSnapshot = { request_retention: 0.9, maximum_interval: 36500, enable_fuzz: false, enable_short_term: true, learning_steps: ["1m", "10m"], relearning_steps: ["10m"] };

describe("a 20,000-note package", () => {
  it("reads, maps and replays every note, reporting progress as it goes", { timeout: 120_000 }, async () => {
    const n = 20_000;
    const bytes = await buildFixturePackage(largeFixture(n), "anki21b");
    const progress: AnkiProgress[] = [];
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const model = readAnkiPackage(bytes, { onProgress: (p) => progress.push(p) });
    const read = performance.now();
    const { cards, skipped } = mapAnkiNotes(model);
    const mapped = performance.now();
    const byCard = new Map<number, typeof model.revlog>();
    for (const r of model.revlog) byCard.set(r.cardId, [...(byCard.get(r.cardId) ?? []), r]);
    let reviews = 0;
    for (const card of model.cards) reviews += replayAnkiRevlog(byCard.get(card.id) ?? [], snapshot).reviews.length;
    const replayed = performance.now();

    expect(model.notes).toHaveLength(n);
    expect(cards).toHaveLength(n);
    expect(skipped).toEqual([]);
    expect(reviews).toBe(2 * n);
    // Progress during the notes phase: at least one report per 1,000 notes, ending at the total.
    const notes = progress.filter((p) => p.phase === "notes");
    expect(notes.length).toBeGreaterThanOrEqual(n / 1000);
    expect(notes.at(-1)).toEqual({ phase: "notes", done: n, total: n });
    // Figures for the record (not a verdict: machines differ).
    console.log(`20k notes: package ${(bytes.length / 1024).toFixed(0)} KiB; read ${(read - started).toFixed(0)} ms, map ${(mapped - read).toFixed(0)} ms, replay ${(replayed - mapped).toFixed(0)} ms; heap +${((process.memoryUsage().heapUsed - heapBefore) / 1024 ** 2).toFixed(0)} MiB`);
  });
});
