import { describe, expect, it } from "vitest";
import { checkEstimateTemplate } from "./check-estimate-template";
import type { EstimateTemplate } from "./estimate-schema";

const good: EstimateTemplate = {
  id: "t",
  prompt: "{conns} connections at {perConn} each: memory?",
  params: { conns: { min: 100_000, max: 1_000_000, step: 100_000, format: "count" }, perConn: { values: [10, 20], unit: "KB", format: "count" } },
  steps: [{ name: "total", label: "Memory", expr: "conns * perConn", unit: "GB" }],
  answer: { unit: "GB", nouns: [] },
  assumptions: ["Idle."],
};

describe("content:check of estimation templates", () => {
  it("accepts a sound template", () => {
    expect(checkEstimateTemplate(good)).toEqual([]);
  });

  it("names slots that are not parameters and parameters the prompt never shows", () => {
    expect(checkEstimateTemplate({ ...good, prompt: "{conns} connections, {ram} RAM: memory?" })).toEqual([
      "prompt: {ram} is not a parameter",
      "params.perConn: never shown in the prompt (write {perConn})",
    ]);
  });

  it("refuses expressions that do not parse and units that do not agree", () => {
    expect(checkEstimateTemplate({ ...good, steps: [{ name: "total", label: "Memory", expr: "conns * ", unit: "GB" }] })[0]).toMatch(/^steps\.0\.expr: does not parse/);
    expect(checkEstimateTemplate({ ...good, answer: { unit: "Gbit/s", nouns: [] } })[0]).toMatch(/does not convert to Gbit\/s/);
    expect(checkEstimateTemplate({ ...good, steps: [{ name: "total", label: "Memory", expr: "conns * perConn" }] })[0]).toMatch(/give the step a display unit/);
    expect(checkEstimateTemplate({ ...good, params: { ...good.params, perConn: { values: [10], unit: "furlongs", format: "count" } } })).toContain('params.perConn.unit: "furlongs" is not a unit mathjs knows');
  });

  it("refuses answers of an absurd size for the asked unit, and ranges that are not one scenario", () => {
    expect(checkEstimateTemplate({ ...good, answer: { unit: "B", nouns: [] }, steps: [{ name: "total", label: "Memory", expr: "conns * perConn", unit: "B" }] })[0]).toMatch(/^answer .* is outside 0.001–10000000/);
    expect(checkEstimateTemplate({ ...good, params: { ...good.params, conns: { min: 1, max: 1e6, step: 1, format: "count" } } })).toContain("params.conns: spans 1–1000000, more than 1000×");
  });
});
