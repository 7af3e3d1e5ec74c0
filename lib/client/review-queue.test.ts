import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { QueueCard } from "../review/get-queue";
import { mergeLoad, withoutCard, type QueueLoad } from "./review-queue";

const queueOf = (...ids: string[]) => ids.map((cardId) => ({ cardId }) as QueueCard);
const idsOf = (queue: QueueCard[]) => queue.map((card) => card.cardId);

/**
 * React applies a background load that was dispatched before a grade, but rendered after it, on
 * the queue the grade saw, then re-applies the grade on top; in between, the screen showed the
 * queue after the grade alone. Both orders must end on the same card.
 */
function loadThenGrade(queue: QueueCard[], loaded: QueueCard[], load: Omit<QueueLoad, "onScreen">, graded: string) {
  const shown = withoutCard(queue, graded)[0]?.cardId;
  return withoutCard(mergeLoad(queue, loaded, { ...load, onScreen: shown }), graded);
}
function gradeThenLoad(queue: QueueCard[], loaded: QueueCard[], load: Omit<QueueLoad, "onScreen">, graded: string) {
  const after = withoutCard(queue, graded);
  return mergeLoad(after, loaded, { ...load, onScreen: after[0]?.cardId });
}

describe("the review queue's changes", () => {
  it("an offline rebuild applied under a later grade neither skips the next card nor brings the graded one back", () => {
    // F was on screen and graded; S replaced it; the pack was read before F's grade was stored.
    const queue = queueOf("F", "S", "G");
    const pack = queueOf("F", "S", "G", "H");
    const load = { keep: "shown", leaveOut: new Set(["F"]) } as const;
    expect(idsOf(loadThenGrade(queue, pack, load, "F"))).toEqual(["S", "G", "H"]);
    expect(idsOf(gradeThenLoad(queue, pack, load, "F"))).toEqual(["S", "G", "H"]);
    // A grade takes out its own card, wherever a load has put it.
    expect(idsOf(withoutCard(queueOf("S", "F", "G"), "F"))).toEqual(["S", "G"]);
  });

  it("a learning card that fell due in the rebuild comes after the card on screen, never in place of it", () => {
    const queue = queueOf("F", "S", "G");
    const pack = queueOf("L", "F", "S", "G");
    const load = { keep: "shown", leaveOut: new Set(["F"]) } as const;
    expect(idsOf(loadThenGrade(queue, pack, load, "F"))).toEqual(["S", "L", "G"]);
    expect(idsOf(gradeThenLoad(queue, pack, load, "F"))).toEqual(["S", "L", "G"]);
  });

  it("keeps the card an undo brought back in front of a rebuild that orders it later", () => {
    expect(idsOf(mergeLoad(queueOf("X", "S", "G"), queueOf("S", "X", "G"), { keep: "shown", leaveOut: new Set(), onScreen: "X" }))).toEqual(["X", "S", "G"]);
    // X was graded again before the load landed: the card on screen stays.
    expect(idsOf(mergeLoad(queueOf("S", "G"), queueOf("X", "S", "G"), { keep: "shown", leaveOut: new Set(["X"]), onScreen: "S" }))).toEqual(["S", "G"]);
  });

  it("a server load keeps the queue in order and adds only cards it lacks that have no waiting grade", () => {
    const merged = mergeLoad(queueOf("A", "B"), queueOf("B", "C", "D", "E"), { keep: "all", leaveOut: new Set(["D"]), onScreen: "A" });
    expect(idsOf(merged)).toEqual(["A", "B", "C", "E"]);
    expect(idsOf(mergeLoad(queueOf("A"), queueOf("B", "C"), { keep: "none", leaveOut: new Set() }))).toEqual(["B", "C"]);
  });

  it("takes the load's copy of a kept card (newer state and previews), but not of a card left out", () => {
    const old = { cardId: "X", previews: [] } as unknown as QueueCard;
    const loaded = { cardId: "X", previews: [{ rating: 3 }] } as unknown as QueueCard;
    expect(mergeLoad([old], [loaded], { keep: "shown", leaveOut: new Set(), onScreen: "X" })[0]).toBe(loaded);
    expect(mergeLoad([old], [loaded], { keep: "all", leaveOut: new Set(["X"]), onScreen: "X" })[0]).toBe(old);
  });

  it("for any queue and load, both orders of a load and a grade show the same next card, without the graded one or a duplicate", () => {
    const ids = fc.uniqueArray(fc.constantFrom(..."ABCDEFGHIJKL"), { minLength: 2, maxLength: 12 });
    fc.assert(
      fc.property(ids, ids, fc.subarray([..."ABCDEFGHIJKL"]), fc.constantFrom("shown", "all"), (current, loaded, leaveOut, keep) => {
        const graded = current[0];
        const load = { keep, leaveOut: new Set([...leaveOut, graded]) } as const;
        for (const order of [loadThenGrade, gradeThenLoad]) {
          const result = idsOf(order(queueOf(...current), queueOf(...loaded), load, graded));
          expect(result[0]).toBe(current[1]);
          expect(result).not.toContain(graded);
          expect(new Set(result).size).toBe(result.length);
          // Left-out cards come back only from the queue that was already there.
          for (const cardId of result) expect(current.includes(cardId) || !load.leaveOut.has(cardId)).toBe(true);
        }
      }),
    );
  });
});
