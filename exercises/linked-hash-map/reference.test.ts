import { describe, expect, it } from "vitest";
import { LinkedHashMap } from "./reference";

describe("linked-hash-map reference", () => {
  it("insertion order: updates keep their place", () => {
    const m = new LinkedHashMap<number>();
    m.set("b", 1);
    m.set("a", 2);
    m.set("c", 3);
    m.set("b", 10);
    expect(m.keys()).toEqual(["b", "a", "c"]);
    expect(m.get("a")).toBe(2);
    expect(m.keys()).toEqual(["b", "a", "c"]);
    expect(m.first()).toBe("b");
    expect(m.get("b")).toBe(10);
  });

  it("access order: get hits and updates move to the end", () => {
    const m = new LinkedHashMap<number>(true);
    m.set("a", 1);
    m.set("b", 2);
    m.set("c", 3);
    expect(m.get("a")).toBe(1);
    expect(m.keys()).toEqual(["b", "c", "a"]);
    m.set("b", 20);
    expect(m.keys()).toEqual(["c", "a", "b"]);
    expect(m.get("zz")).toBeUndefined();
    expect(m.keys()).toEqual(["c", "a", "b"]);
    expect(m.first()).toBe("c");
  });

  it("delete, re-insert goes to the end; empty first() is undefined", () => {
    const m = new LinkedHashMap<number>();
    expect(m.first()).toBeUndefined();
    m.set("a", 1);
    m.set("b", 2);
    expect(m.delete("a")).toBe(true);
    expect(m.delete("a")).toBe(false);
    m.set("a", 3);
    expect(m.keys()).toEqual(["b", "a"]);
    expect(m.size).toBe(2);
  });

  it("handles keys that look like Object.prototype members or numbers", () => {
    const m = new LinkedHashMap<number>();
    for (const k of ["__proto__", "constructor", "toString", "10", "2", "hasOwnProperty"]) m.set(k, k.length);
    expect(m.keys()).toEqual(["__proto__", "constructor", "toString", "10", "2", "hasOwnProperty"]);
    expect(m.get("__proto__")).toBe(9);
    expect(m.get("valueOf")).toBeUndefined();
    expect(m.delete("constructor")).toBe(true);
    expect(m.size).toBe(5);
  });
});
