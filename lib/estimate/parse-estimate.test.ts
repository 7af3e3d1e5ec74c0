import { describe, expect, it } from "vitest";
import type { EstimateAnswerSpec } from "./estimate-schema";
import { parseEstimate } from "./parse-estimate";

const storagePerYear: EstimateAnswerSpec = { unit: "TB", per: "year", nouns: [] };
const bandwidth: EstimateAnswerSpec = { unit: "Gbit/s", nouns: [] };
const nodes: EstimateAnswerSpec = { nouns: ["nodes"] };
const bytes: EstimateAnswerSpec = { unit: "GB", nouns: [] };

const valueOf = (input: string, spec: EstimateAnswerSpec) => {
  const parsed = parseEstimate(input, spec);
  if (parsed.kind !== "value") throw new Error(`${input}: ${parsed.kind} ${parsed.reason}`);
  return parsed.value;
};

describe("reading an estimate", () => {
  it("reads counts with SI suffixes, exponents, separators and nouns", () => {
    expect(valueOf("12", nodes)).toBe(12);
    expect(valueOf("3.2k", nodes)).toBe(3200);
    expect(valueOf("1.5M", nodes)).toBe(1_500_000);
    expect(valueOf("1.2B", nodes)).toBe(1.2e9);
    expect(valueOf("2 billion", nodes)).toBe(2e9);
    expect(valueOf("1.2e6", nodes)).toBe(1.2e6);
    expect(valueOf("1,200,000", nodes)).toBe(1.2e6);
    expect(valueOf("2 × 10^6", nodes)).toBe(2e6);
    expect(valueOf("~20 nodes", nodes)).toBe(20);
    expect(valueOf("1 node", nodes)).toBe(1);
  });

  it("converts decimal, binary, bit and per-period units into the asked unit", () => {
    expect(valueOf("5 GB", bytes)).toBe(5);
    expect(valueOf("5 KB", { unit: "MB", nouns: [] })).toBeCloseTo(0.005, 12);
    expect(valueOf("2 GiB", bytes)).toBeCloseTo(2 * 1.073741824, 9);
    expect(valueOf("40 TiB/yr", storagePerYear)).toBeCloseTo(40 * 1.099511627776, 9);
    expect(valueOf("40 TB per year", storagePerYear)).toBeCloseTo(40, 9);
    expect(valueOf("110 GB/day", storagePerYear)).toBeCloseTo(110 * 365.25 / 1000, 6);
    // The period is in the question, so a bare quantity is per year.
    expect(valueOf("40 TB", storagePerYear)).toBe(40);
    expect(valueOf("600 MB/s", bandwidth)).toBeCloseTo(4.8, 9);
    expect(valueOf("5 Gbps", bandwidth)).toBeCloseTo(5, 9);
    expect(valueOf("800 Mbit/s", bandwidth)).toBeCloseTo(0.8, 9);
    // A bare number is in the asked unit; a count suffix still applies.
    expect(valueOf("1.2k", bytes)).toBe(1200);
    // "B" after a number is bytes when the answer is data.
    expect(valueOf("5e9 B", bytes)).toBeCloseTo(5, 9);
  });

  it("reports a readable quantity of another dimension as the wrong unit", () => {
    expect(parseEstimate("5 GB", bandwidth)).toMatchObject({ kind: "wrong-unit" });
    expect(parseEstimate("5 GB/s", bytes)).toMatchObject({ kind: "wrong-unit" });
    expect(parseEstimate("5 ms", nodes)).toMatchObject({ kind: "wrong-unit" });
    expect(parseEstimate("5 GB", storagePerYear)).toMatchObject({ kind: "value" });
  });

  it("refuses what it cannot read, saying why", () => {
    expect(parseEstimate("", nodes)).toEqual({ kind: "unreadable", reason: "Type a number first.", problem: { code: "empty" } });
    expect(parseEstimate("lots", nodes)).toMatchObject({ kind: "unreadable", reason: expect.stringContaining("does not start with a number") });
    expect(parseEstimate("5 apples", bytes)).toMatchObject({ kind: "unreadable", reason: expect.stringContaining('"apples" is not a unit') });
    expect(parseEstimate("3 cats", nodes)).toMatchObject({ kind: "unreadable", reason: expect.stringContaining("plain number of nodes") });
    expect(parseEstimate("0", nodes)).toMatchObject({ kind: "unreadable", reason: "An estimate is a positive number.", problem: { code: "notPositive" } });
    expect(parseEstimate("-4 GB", bytes)).toMatchObject({ kind: "unreadable" });
  });
});
