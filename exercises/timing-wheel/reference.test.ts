import { describe, expect, it } from "vitest";
import { TimingWheel } from "./reference";

describe("timing-wheel reference", () => {
  it("validates arguments", () => {
    expect(() => new TimingWheel(0, 8, 0)).toThrow(RangeError);
    expect(() => new TimingWheel(10, 0, 0)).toThrow(RangeError);
    expect(() => new TimingWheel(10, 8, -1)).toThrow(RangeError);
    expect(() => new TimingWheel(1.5, 8, 0)).toThrow(RangeError);
    const w = new TimingWheel(10, 8, 100);
    expect(() => w.advance(99)).toThrow(RangeError);
    expect(w.advance(100)).toEqual([]);
  });

  it("due tick = ceil((c + d) / tickMs); fires once toMs >= dueTick * tickMs", () => {
    const w = new TimingWheel(10, 8, 0);
    w.add("a", 15); // due tick 2 -> fires at 20
    w.add("b", 10); // due tick 1 -> 10
    w.add("c", 11); // due tick 2
    expect(w.advance(9)).toEqual([]);
    expect(w.advance(10)).toEqual(["b"]);
    expect(w.advance(19)).toEqual([]);
    expect(w.advance(20)).toEqual(["a", "c"]);
  });

  it("orders by due tick then by add order, re-add counts as a new add", () => {
    const w = new TimingWheel(10, 4, 0);
    w.add("x", 30);
    w.add("y", 25); // tick 3
    w.add("z", 5); // tick 1
    w.add("x", 21); // replaced: tick 3, now after y
    expect(w.advance(100)).toEqual(["z", "y", "x"]);
  });

  it("delays longer than one revolution (rounds)", () => {
    const w = new TimingWheel(10, 4, 0); // revolution = 40 ms
    w.add("far", 95); // tick 10, same slot as tick 2 and 6
    w.add("near", 20); // tick 2
    expect(w.advance(20)).toEqual(["near"]);
    expect(w.advance(60)).toEqual([]);
    expect(w.advance(99)).toEqual([]);
    expect(w.advance(100)).toEqual(["far"]);
    w.add("huge", 10_000); // from 100: tick 1010
    expect(w.advance(10_099)).toEqual([]);
    expect(w.advance(10_100)).toEqual(["huge"]);
  });

  it("delay 0 exactly on a tick boundary fires at the next advance, first", () => {
    const w = new TimingWheel(10, 8, 20);
    w.add("now", 0); // due tick 2, time is 20 -> fires at the first advance
    w.add("soon", 1); // tick 3
    expect(w.advance(20)).toEqual(["now"]);
    w.add("zero", 0); // again due tick 2
    expect(w.advance(35)).toEqual(["zero", "soon"]);
    w.add("mid", 0); // at 35: tick ceil(3.5) = 4
    expect(w.advance(39)).toEqual([]);
    expect(w.advance(40)).toEqual(["mid"]);
  });

  it("cancel", () => {
    const w = new TimingWheel(1, 16, 0);
    w.add("a", 5);
    w.add("b", 5);
    expect(w.cancel("a")).toBe(true);
    expect(w.cancel("a")).toBe(false);
    expect(w.cancel("nope")).toBe(false);
    expect(w.advance(5)).toEqual(["b"]);
    expect(w.cancel("b")).toBe(false);
  });
});
