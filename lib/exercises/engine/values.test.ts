import { describe, expect, test } from "vitest";
import { deepEqual, outcomesEqual, render } from "./values";

describe("comparing results", () => {
  test("floats compare with a relative tolerance of 1e-9", () => {
    expect(deepEqual(0.1 + 0.2, 0.3)).toBe(true);
    expect(deepEqual(1e12 + 1e-4, 1e12)).toBe(true);
    expect(deepEqual(1.000001, 1)).toBe(false);
    expect(deepEqual(NaN, NaN)).toBe(true);
    expect(deepEqual([1, { a: 2.5 }], [1, { a: 2.5 + 1e-12 }])).toBe(true);
  });

  test("bigints compare exactly, strings and numbers never mix", () => {
    expect(deepEqual(10n, 10n)).toBe(true);
    expect(deepEqual(10n, 11n)).toBe(false);
    expect(deepEqual("1", 1)).toBe(false);
    expect(deepEqual(undefined, null)).toBe(false);
  });

  test('"throws RangeError" is an observable result compared like any other', () => {
    expect(outcomesEqual({ threw: "RangeError", message: "a" }, { threw: "RangeError", message: "b" })).toBe(true);
    expect(outcomesEqual({ threw: "RangeError", message: "" }, { value: undefined })).toBe(false);
    expect(outcomesEqual({ threw: "RangeError", message: "" }, { threw: "TypeError", message: "" })).toBe(false);
  });

  test("values render as TypeScript literals", () => {
    expect(render([1, "a", 2n, undefined, { member: "x", score: -0 }])).toBe('[1, "a", 2n, undefined, { member: "x", score: -0 }]');
  });
});
