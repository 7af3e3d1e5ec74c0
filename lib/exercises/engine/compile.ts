/**
 * Turns the learner's TypeScript into a module factory: sucrase strips types and rewrites
 * ES exports to CommonJS, then `new Function` wraps the body. Each call of the factory evaluates
 * the module afresh (so module-level state never leaks between test runs).
 */
import { transform } from "sucrase";
import type { Failure, ModuleExports } from "./types";

export const FORBIDDEN_GLOBALS = ["Map", "Set", "WeakMap", "WeakSet"] as const;

/** A global object without Map/Set/WeakMap/WeakSet, used as `globalThis`/`self`/`window`/`global`. */
function makeRestrictedGlobal(): object {
  const real = globalThis as Record<string, unknown>;
  const fake: Record<string, unknown> = Object.create(null);
  const names = new Set<string>();
  for (let o: object | null = real; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    for (const n of Object.getOwnPropertyNames(o)) names.add(n);
  }
  for (const n of names) {
    if ((FORBIDDEN_GLOBALS as readonly string[]).includes(n)) continue;
    Object.defineProperty(fake, n, {
      get: () => real[n],
      enumerable: false,
      configurable: true,
    });
  }
  for (const n of ["globalThis", "self", "window", "global"]) {
    Object.defineProperty(fake, n, { value: fake });
  }
  return fake;
}

export type ModuleFactory = () => ModuleExports;

const SHADOWED = [...FORBIDDEN_GLOBALS, "globalThis", "self", "window", "global"];

export function compileSolution(
  source: string,
  opts: { noMapSet?: boolean } = {},
): { factory: ModuleFactory } | { failure: Failure } {
  let code: string;
  try {
    code = transform(source, { transforms: ["typescript", "imports"] }).code;
  } catch (e) {
    const err = e as Error & { loc?: { line: number; column: number } };
    const where = err.loc ? ` at line ${err.loc.line}, column ${err.loc.column + 1}` : "";
    return {
      failure: {
        kind: "compile",
        message: `Syntax error${where}: ${err.message.replace(/\s*\(\d+:\d+\)$/, "")}`,
      },
    };
  }
  let body: (...args: unknown[]) => void;
  try {
    // The extra parameters shadow the globals for no-Map/Set exercises (passed as undefined).
    body = new Function("exports", "module", "require", ...SHADOWED, `"use strict";\n${code}`) as typeof body;
  } catch (e) {
    return { failure: { kind: "compile", message: `Syntax error: ${(e as Error).message}` } };
  }
  const restricted = opts.noMapSet ? makeRestrictedGlobal() : undefined;
  const g = globalThis as Record<string, unknown>;
  const factory: ModuleFactory = () => {
    const mod = { exports: {} as ModuleExports };
    const require = (name: string) => {
      throw new Error(`imports are not available in exercises (tried to import "${name}")`);
    };
    const shadowValues = opts.noMapSet
      ? [undefined, undefined, undefined, undefined, restricted, restricted, restricted, restricted]
      : [g.Map, g.Set, g.WeakMap, g.WeakSet, g.globalThis, g.self, g.window, g.global];
    body(mod.exports, mod, require, ...shadowValues);
    return mod.exports;
  };
  return { factory };
}
