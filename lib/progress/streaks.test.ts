import { describe, expect, it } from "vitest";
import { computeStreaks } from "./streaks";

describe("computeStreaks", () => {
  it("is zero without reviews", () => {
    expect(computeStreaks([], "2026-03-10")).toEqual({ current: 0, longest: 0 });
  });
  it("keeps the current streak alive through yesterday and breaks it after a missed day", () => {
    const days = ["2026-02-26", "2026-02-27", "2026-02-28", "2026-03-01", "2026-03-08", "2026-03-09"];
    // Crossing the end of February is consecutive.
    expect(computeStreaks(days, "2026-03-10")).toEqual({ current: 2, longest: 4 });
    expect(computeStreaks(days, "2026-03-09")).toEqual({ current: 2, longest: 4 });
    expect(computeStreaks(days, "2026-03-11")).toEqual({ current: 0, longest: 4 });
  });
  it("ignores days after today (stamped in a zone ahead of the current one)", () => {
    expect(computeStreaks(["2026-03-09", "2026-03-10", "2026-03-11"], "2026-03-10")).toEqual({ current: 2, longest: 2 });
  });
});
