import { describe, expect, it } from "vitest";
import { buildFsrsItems } from "./build-fsrs-items";

const r = (cardId: string, rating: number, day: string, iso: string) => ({ cardId, rating, day, review: new Date(iso) });

describe("buildFsrsItems", () => {
  it("makes one item per review on a later day, with the card's earlier reviews and day gaps", () => {
    const items = buildFsrsItems([
      r("a", 1, "2026-01-01", "2026-01-01T09:00:00Z"),
      r("a", 3, "2026-01-01", "2026-01-01T09:10:00Z"), // same day: a short-term step, no item
      r("a", 3, "2026-01-03", "2026-01-03T09:00:00Z"),
      r("a", 2, "2026-01-10", "2026-01-10T09:00:00Z"),
      r("b", 3, "2026-01-02", "2026-01-02T08:00:00Z"),
      r("b", 4, "2026-01-04", "2026-01-04T08:00:00Z"),
    ]);
    expect(items.map((i) => i.reviews)).toEqual([
      [[1, 0], [3, 0], [3, 2]],
      [[3, 0], [4, 2]],
      [[1, 0], [3, 0], [3, 2], [2, 7]],
    ]);
  });

  it("counts days as the learner lived them (their day key), not 24-hour spans", () => {
    // 23:50 and 00:10 local time: twenty minutes apart, but the next day
    const items = buildFsrsItems([r("a", 3, "2026-03-01", "2026-03-01T22:50:00Z"), r("a", 3, "2026-03-02", "2026-03-01T23:10:00Z")]);
    expect(items.map((i) => i.reviews)).toEqual([[[3, 0], [3, 1]]]);
  });
});
