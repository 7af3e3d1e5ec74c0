import { describe, expect, it } from "vitest";
import { State } from "ts-fsrs";
import type { SchedulerSnapshot } from "../review/scheduler";
import { prepareAnkiImport } from "./prepare-anki-import";
import { readAnkiPackage } from "./read-anki-package";
import { standardFixture } from "./test/anki-fixture-specs";
import { buildFixturePackage } from "./test/write-anki-fixture";

const snapshot: SchedulerSnapshot = { request_retention: 0.9, maximum_interval: 36500, enable_fuzz: false, enable_short_term: true, learning_steps: ["1m", "10m"], relearning_steps: ["10m"] };

describe("prepareAnkiImport", () => {
  it("maps every card, replays its history, keeps only media in use and counts it all", async () => {
    const fixture = standardFixture();
    fixture.media.push({ name: "unused.png", bytes: Uint8Array.from([9]) });
    const model = readAnkiPackage(await buildFixturePackage(fixture, "anki21b"));
    const progress: [number, number][] = [];
    const prepared = await prepareAnkiImport(model, snapshot, (done, total) => progress.push([done, total]));
    expect(prepared.counts).toEqual({ notes: 6, cards: 9, skippedCards: 0, reviews: 6, media: 2 });
    expect(prepared.media.map((m) => m.name).sort()).toEqual(["gopher.mp3", "gopher.png"]);
    const reviewed = prepared.cards.find((c) => c.noteGuid === "basicGuid1")!;
    expect(reviewed.replay.card.state).toBe(State.Review);
    expect(prepared.cards.filter((c) => c !== reviewed).every((c) => c.replay.card.state === State.New)).toBe(true);
    expect(progress).toEqual([[6, 6]]);
    expect(prepared.skipped.map((s) => s.scope)).toEqual(["part"]);
  });
});
