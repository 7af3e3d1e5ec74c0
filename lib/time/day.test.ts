import { describe, expect, it } from "vitest";
import { dayKey, previousDayKey, startOfDay, startOfNextDay } from "./day";

describe("calendar days in a time zone", () => {
  it("finds local midnight", () => {
    const t = new Date("2026-03-10T03:30:00Z"); // 2026-03-09 20:30 in Los Angeles (PDT, -7)
    expect(dayKey(t, "America/Los_Angeles")).toBe("2026-03-09");
    expect(startOfDay(t, "America/Los_Angeles").toISOString()).toBe("2026-03-09T07:00:00.000Z");
    expect(startOfDay(t, "Asia/Shanghai").toISOString()).toBe("2026-03-09T16:00:00.000Z");
    expect(startOfNextDay(t, "UTC").toISOString()).toBe("2026-03-11T00:00:00.000Z");
  });

  it("handles a DST change day (23 hours long)", () => {
    // US DST began 2026-03-08 at 02:00 local.
    const t = new Date("2026-03-08T20:00:00Z");
    expect(startOfDay(t, "America/New_York").toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(startOfNextDay(t, "America/New_York").toISOString()).toBe("2026-03-09T04:00:00.000Z");
  });

  it("steps back across month and year ends", () => {
    expect(previousDayKey("2026-03-01")).toBe("2026-02-28");
    expect(previousDayKey("2026-01-01")).toBe("2025-12-31");
  });
});
