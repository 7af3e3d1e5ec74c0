import { describe, expect, it } from "vitest";
import { formatInterval } from "../review/format-interval";
import { formatIntervalLabel } from "./format-interval-label";

const MIN = 60_000;
const DAY = 86400_000;

describe("formatIntervalLabel", () => {
  it("writes compact English intervals, exactly as the server's label", () => {
    for (const ms of [30_000, 10 * MIN, 3 * 60 * MIN, 3 * DAY, 75 * DAY, 400 * DAY, 5000 * DAY]) expect(formatIntervalLabel(ms, "en")).toBe(formatInterval(ms));
    expect([10 * MIN, 3 * DAY].map((ms) => formatIntervalLabel(ms, "en"))).toEqual(["10m", "3d"]);
  });

  it("writes Chinese units with the same numbers", () => {
    expect([45_000, 10 * MIN, 3 * 60 * MIN, 3 * DAY, 75 * DAY, 400 * DAY].map((ms) => formatIntervalLabel(ms, "zh"))).toEqual(["45秒", "10分钟", "3小时", "3天", "2.5个月", "1.1年"]);
  });

  it("never shows a negative interval (a preview already due)", () => {
    expect(formatIntervalLabel(-5000, "zh")).toBe("0秒");
  });
});
