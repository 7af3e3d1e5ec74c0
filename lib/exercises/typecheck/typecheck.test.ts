import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nodeLibs } from "./node-libs";
import { typeCheck } from "./typecheck";

const libs = nodeLibs();

describe("type checking a solution", () => {
  it("accepts the reference and reports type errors with line numbers", () => {
    expect(typeCheck(readFileSync("exercises/lru-cache/reference.ts", "utf8"), libs)).toEqual([]);
    const errors = typeCheck("export class A {\n  n: number = 1;\n  f() { return this.n.toUpperCase(); }\n}\n", libs);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 3, message: expect.stringContaining("toUpperCase") });
  });

  it("knows ES2022 but not the DOM", () => {
    expect(typeCheck("export const x = [1, 2].at(-1); export const m = new Map<string, number>();", libs)).toEqual([]);
    expect(typeCheck("export const d = document.title;", libs)[0].message).toMatch(/document/);
  });
});
