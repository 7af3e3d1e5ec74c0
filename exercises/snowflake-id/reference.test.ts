import { describe, expect, it } from "vitest";
import { Snowflake } from "./reference";

describe("snowflake-id reference", () => {
  it("validates workerId", () => {
    for (const w of [-1, 1024, 1.5, NaN]) expect(() => new Snowflake(w, () => 0)).toThrow(RangeError);
    expect(() => new Snowflake(0, () => 0)).not.toThrow();
    expect(() => new Snowflake(1023, () => 0)).not.toThrow();
  });

  it("bit layout with the default epoch", () => {
    const t = 1288834974657 + 1000;
    const s = new Snowflake(5, () => t);
    expect(s.nextId()).toBe((1000n << 22n) | (5n << 12n) | 0n);
    expect(s.nextId()).toBe((1000n << 22n) | (5n << 12n) | 1n);
    expect(s.nextId()).toBe(4194304000n + 20480n + 2n);
  });

  it("custom epoch, sequence restarts when the ms changes", () => {
    let t = 100;
    const s = new Snowflake(1023, () => t, 0);
    expect(s.nextId()).toBe((100n << 22n) | (1023n << 12n));
    expect(s.nextId()).toBe((100n << 22n) | (1023n << 12n) | 1n);
    t = 105;
    expect(s.nextId()).toBe((105n << 22n) | (1023n << 12n));
  });

  it("spins to the next ms after 4096 ids", () => {
    let t = 10;
    let spinning = false;
    const s = new Snowflake(0, () => (spinning ? ++t : t), 0);
    for (let i = 0; i < 4096; i++) expect(s.nextId()).toBe((10n << 22n) | BigInt(i));
    spinning = true;
    const id = s.nextId();
    spinning = false;
    expect(id >> 22n).toBeGreaterThan(10n);
    expect(id & 4095n).toBe(0n);
    expect(id).toBe(BigInt(t) << 22n);
  });

  it("refuses a clock that moved backwards and changes nothing", () => {
    let t = 50;
    const s = new Snowflake(1, () => t, 0);
    s.nextId();
    s.nextId(); // seq 1
    t = 49;
    expect(() => s.nextId()).toThrow(/clock moved backwards/);
    t = 50;
    expect(s.nextId()).toBe((50n << 22n) | (1n << 12n) | 2n);
  });
});
