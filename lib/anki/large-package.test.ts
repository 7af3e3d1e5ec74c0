import { describe, expect, it } from "vitest";
import type { SchedulerSnapshot } from "../review/scheduler";
import type { AnkiProgress } from "./anki-model";
import { prepareAnkiImport } from "./prepare-anki-import";
import { readAnkiPackage } from "./read-anki-package";
import { largeFixture } from "./test/anki-fixture-specs";
import { buildFixturePackage } from "./test/write-anki-fixture";

const snapshot: SchedulerSnapshot = { request_retention: 0.9, maximum_interval: 36500, enable_fuzz: false, enable_short_term: true, learning_steps: ["1m", "10m"], relearning_steps: ["10m"] };

describe("a 20,000-note package", () => {
  it("reads, maps and replays every note, reporting progress as it goes", { timeout: 180_000 }, async () => {
    const n = 20_000;
    const bytes = await buildFixturePackage(largeFixture(n), "anki21b");
    const progress: AnkiProgress[] = [];
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const model = readAnkiPackage(bytes, (p) => progress.push(p));
    const read = performance.now();
    const prepareProgress: number[] = [];
    const prepared = await prepareAnkiImport(model, snapshot, (done) => prepareProgress.push(done));
    const done = performance.now();

    expect(model.notes).toHaveLength(n);
    expect(prepared.counts).toEqual({ notes: n, cards: n, skippedCards: 0, reviews: 2 * n, media: 0 });
    // Progress while reading (one report per 1,000 notes) and while preparing (one per 500).
    const notes = progress.filter((p) => p.phase === "notes");
    expect(notes.length).toBeGreaterThanOrEqual(n / 1000);
    expect(notes.at(-1)).toEqual({ phase: "notes", done: n, total: n });
    expect(prepareProgress).toEqual(Array.from({ length: n / 500 }, (_, i) => (i + 1) * 500));
    // Figures for the record (not a verdict: machines differ).
    console.log(`20k notes: package ${(bytes.length / 1024).toFixed(0)} KiB; read ${(read - started).toFixed(0)} ms, map + replay ${(done - read).toFixed(0)} ms; heap +${((process.memoryUsage().heapUsed - heapBefore) / 1024 ** 2).toFixed(0)} MiB`);
  });
});
