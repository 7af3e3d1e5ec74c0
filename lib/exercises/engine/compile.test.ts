import { describe, expect, test } from "vitest";
import { compileSolution } from "./compile";
import { findForbiddenUses } from "./forbidden";

describe("compileSolution", () => {
  test("reports syntax errors with line and column", () => {
    const r = compileSolution("export const a = 1;\nexport const b = (;\n");
    expect("failure" in r && r.failure.kind).toBe("compile");
    expect("failure" in r && r.failure.message).toMatch(/line 2, column \d+/);
  });

  test("strips types and exposes ES exports", () => {
    const r = compileSolution("export function twice(n: number): number { return n * 2 }\nexport class C<T> { x: T[] = [] }");
    if (!("factory" in r)) throw new Error("should compile");
    expect((r.factory().twice as (n: number) => number)(21)).toBe(42);
  });

  test("imports are not available", () => {
    const r = compileSolution('import { x } from "fs";\nexport const y = x;');
    if (!("factory" in r)) throw new Error("should compile");
    expect(() => r.factory()).toThrow(/imports are not available/);
  });

  test("no-Map/Set mode hides Map, Set, WeakMap, WeakSet, also through globalThis/self/window/global", () => {
    const src = `export const probe = () => [typeof Map, typeof Set, typeof WeakMap, typeof WeakSet,
      typeof globalThis.Map, typeof (globalThis as any).Set, typeof Math, typeof globalThis.Math, typeof Array];`;
    const r = compileSolution(src, { noMapSet: true });
    if (!("factory" in r)) throw new Error("should compile");
    expect((r.factory().probe as () => string[])()).toEqual([
      "undefined", "undefined", "undefined", "undefined", "undefined", "undefined", "object", "object", "function",
    ]);
    // the engine's own Map keeps working
    expect(new Map([[1, 2]]).get(1)).toBe(2);
  });

  test("using Map at run time fails in no-Map/Set mode", () => {
    const r = compileSolution("export const make = () => new Map();", { noMapSet: true });
    if (!("factory" in r)) throw new Error("should compile");
    expect(() => (r.factory().make as () => unknown)()).toThrow(TypeError);
  });
});

describe("findForbiddenUses", () => {
  test("finds Map/Set/WeakMap/WeakSet used as values, with positions", () => {
    const uses = findForbiddenUses("const a = 1;\nconst m = new Map<string, number>();\nexport const s = new Set([1]);\nconst w = WeakMap;");
    expect(uses).toEqual([
      { name: "Map", line: 2, column: 15 },
      { name: "Set", line: 3, column: 22 },
      { name: "WeakMap", line: 4, column: 11 },
    ]);
  });

  test("ignores types, strings, comments, property names, object keys", () => {
    const src = `type T = Map<string, Set<number>>;
      let x: WeakMap<object, number> | undefined;
      const s = "new Map()"; // new Set()
      /* Map */ const o = { Map: 1, Set: 2 }; o.Map; const t = \`Set\`;`;
    expect(findForbiddenUses(src)).toEqual([]);
  });

  test("a class the learner declares themselves is theirs to use", () => {
    expect(findForbiddenUses("class Map { } export const m = new Map();")).toEqual([]);
  });
});
