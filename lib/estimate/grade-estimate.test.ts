import { describe, expect, it } from "vitest";
import { gradeEstimate, wrongUnitGrade } from "./grade-estimate";

describe("grading an estimate on the log error", () => {
  it("is symmetric: too high and too low by the same factor grade alike", () => {
    for (const factor of [1.02, 1.4, 2, 2.9, 3.5, 10]) {
      expect(gradeEstimate(100 * factor, 100).suggestedRating).toBe(gradeEstimate(100 / factor, 100).suggestedRating);
    }
  });

  it("suggests Good within 1.5×, Hard within 3×, Again beyond, and offers Easy on an exact answer", () => {
    expect(gradeEstimate(100, 100)).toMatchObject({ suggestedRating: 3, exact: true, verdict: "Exact" });
    expect(gradeEstimate(104, 100)).toMatchObject({ suggestedRating: 3, exact: true });
    expect(gradeEstimate(110, 100)).toMatchObject({ suggestedRating: 3, exact: false });
    expect(gradeEstimate(150, 100).suggestedRating).toBe(3);
    expect(gradeEstimate(151, 100).suggestedRating).toBe(2);
    expect(gradeEstimate(34, 100).suggestedRating).toBe(2);
    expect(gradeEstimate(300, 100).suggestedRating).toBe(2);
    expect(gradeEstimate(301, 100).suggestedRating).toBe(1);
    expect(gradeEstimate(1000, 100)).toMatchObject({ suggestedRating: 1, verdict: "Off by 10× too high" });
    expect(gradeEstimate(1e-30, 0.4).verdict).toBe("Off by more than 1000× too low");
  });

  it("grades a wrong dimension Again", () => {
    expect(wrongUnitGrade("GB is not a rate", { code: "unitMismatch", unit: "GB", expected: "GB/s" })).toMatchObject({ suggestedRating: 1, exact: false });
  });
});
