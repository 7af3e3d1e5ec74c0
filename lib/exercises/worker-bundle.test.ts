/**
 * The browser worker bundle is self-contained: built like scripts/build-checker.ts does and run
 * in a bare VM context (no require, no process, no fetch), it answers a check request.
 */
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { expect, test } from "vitest";
import type { CheckResponse } from "./engine/protocol";

const root = fileURLToPath(new URL("../..", import.meta.url));

test("the worker bundle runs a check without Node globals", { timeout: 60_000 }, async () => {
  const out = await build({
    absWorkingDir: root,
    entryPoints: ["lib/exercises/engine/worker-entry.ts"],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
  });
  const code = out.outputFiles[0].text;
  const response = new Promise<CheckResponse>((resolve) => {
    const ctx: Record<string, unknown> = { setTimeout, clearTimeout, performance, postMessage: resolve };
    ctx.self = ctx;
    vm.createContext(ctx);
    vm.runInContext(code, ctx);
    const source = readFileSync(`${root}exercises/token-bucket/reference.ts`, "utf8");
    (ctx.onmessage as (ev: unknown) => void)({ data: { type: "check", exerciseId: "token-bucket", source, mode: "submit", seed: 5 } });
  });
  const r = await response;
  expect(r.type).toBe("result");
  if (r.type === "result") expect(r.result).toMatchObject({ exercise: "token-bucket", passed: true, seed: 5 });
});
