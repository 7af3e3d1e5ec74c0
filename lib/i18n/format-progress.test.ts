import { describe, expect, it } from "vitest";
import { longDay, monthName, shortDay, studyTime, weekdayName } from "./format-progress";

const english = (key: string, values: Record<string, number>) => ({ seconds: `${values.count} s`, minutes: `${values.count} min`, hours: `${values.count} h`, hoursMinutes: `${values.hours} h ${values.minutes} min` })[key]!;

describe("progress formatting", () => {
  it("formats calendar days in English and Chinese without a time zone shift", () => {
    expect([longDay("2026-03-09", "en"), shortDay("2026-03-09", "en"), monthName("2026-03-09", "en")]).toEqual(["Mar 9, 2026", "Mar 9", "Mar"]);
    expect([longDay("2026-03-09", "zh"), shortDay("2026-03-09", "zh"), monthName("2026-03-09", "zh")]).toEqual(["2026年3月9日", "3月9日", "3月"]);
    expect([weekdayName(1, "en"), weekdayName(1, "zh")]).toEqual(["Mon", "周一"]);
  });

  it("splits study time into the largest units", () => {
    expect([30_000, 5 * 60_000, 60 * 60_000, 95 * 60_000].map((ms) => studyTime(ms, english))).toEqual(["30 s", "5 min", "1 h", "1 h 35 min"]);
  });
});
