import { describe, expect, it } from "vitest";
import { parseDueDate, pickDueDays } from "./parse-due-date";

describe("parseDueDate (Anki's set due date syntax)", () => {
  it("reads a day, a range and the interval-setting bang", () => {
    expect(parseDueDate("0")).toEqual({ from: 0, to: 0, setInterval: false });
    expect(parseDueDate(" 1-7 ")).toEqual({ from: 1, to: 7, setInterval: false });
    expect(parseDueDate("3!")).toEqual({ from: 3, to: 3, setInterval: true });
    expect(parseDueDate("10 - 20!")).toEqual({ from: 10, to: 20, setInterval: true });
  });

  it("refuses anything else", () => {
    for (const bad of ["", "-1", "7-1", "1.5", "tomorrow", "3!!", "1-2-3", "99999", "!"]) expect(parseDueDate(bad)).toBeNull();
  });

  it("picks every day of a range, and only those", () => {
    const spec = parseDueDate("1-3")!;
    const seen = new Set([0, 0.34, 0.67, 0.999].map((r) => pickDueDays(spec, () => r)));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });
});
