/**
 * Loads an exercise module (a buggy fixture, for predict-the-output distractors) in a realm of
 * its own. These fixtures are mistakes on purpose: `proto-index.ts` of linked-hash-map keeps its
 * index in a plain object, so a generated key "__proto__" makes it write `value` onto
 * Object.prototype. Run in the server's realm, that write broke every later request of the
 * process (Next's own `Object.defineProperty` calls inherited `value` and threw). In a fresh vm
 * context, whatever the module does to its intrinsics stays in that context.
 *
 * Server-only (node:vm); the browser checker compiles with engine/compile.ts in a worker.
 */
import vm from "node:vm";
import { transform } from "sucrase";
import type { ModuleExports } from "../engine/types";

// Errors the module throws are the host's own classes, so a spec's `e instanceof RangeError`
// reads them as the checker does in the browser.
const HOST_ERRORS = ["Error", "RangeError", "TypeError", "SyntaxError", "ReferenceError"] as const;

/** The module's exports, evaluated once in a new realm; null when it does not compile or throws. */
export function loadIsolatedModule(source: string, opts: { noMapSet?: boolean } = {}): ModuleExports | null {
  let code: string;
  try {
    code = transform(source, { transforms: ["typescript", "imports"] }).code;
  } catch {
    return null;
  }
  const context = vm.createContext({});
  for (const name of HOST_ERRORS) (context as Record<string, unknown>)[name] = globalThis[name];
  if (opts.noMapSet) vm.runInContext("delete globalThis.Map; delete globalThis.Set; delete globalThis.WeakMap; delete globalThis.WeakSet;", context);
  try {
    const body = vm.compileFunction(`"use strict";\n${code}`, ["exports", "module", "require"], { parsingContext: context });
    const mod = { exports: {} as ModuleExports };
    const require = (name: string) => {
      throw new Error(`imports are not available in exercises (tried to import "${name}")`);
    };
    body(mod.exports, mod, require);
    return mod.exports;
  } catch {
    return null;
  }
}
