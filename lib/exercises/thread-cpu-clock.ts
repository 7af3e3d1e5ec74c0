/**
 * Node only: a clock reading this thread's CPU time (clock_gettime(CLOCK_THREAD_CPUTIME_ID)), so
 * that perf samples do not count the time the thread spent waiting for a CPU while other
 * processes ran. Node 20 has no thread CPU-time API; WASI's clock_time_get does expose it, so a
 * 150-byte WebAssembly module (below, hand-assembled) calls it. Falls back to wall time when WASI
 * is unavailable. See docs/decisions/0005-deterministic-perf-verdicts.md.
 */
import { createRequire } from "node:module";
import type { PerfClock } from "./engine/time-sample";

/*
 * (module
 *   (import "wasi_snapshot_preview1" "clock_time_get" (func $get (param i32 i64 i32) (result i32)))
 *   (memory (export "memory") 1)
 *   (func (export "now") (result i64)
 *     (drop (call $get (i32.const 3) (i64.const 1) (i32.const 0)))  ;; 3 = thread CPU time
 *     (i64.load (i32.const 0))))
 */
const MODULE_BASE64 =
  "AGFzbQEAAAABDAJgA39+fwF/YAABfgIpARZ3YXNpX3NuYXBzaG90X3ByZXZpZXcxDmNsb2NrX3RpbWVfZ2V0AAADAgEBBQMBAAEHEAIGbWVtb3J5AgADbm93AAEKEgEQAEEDQgFBABAAGkEAKQMACw==";

type WasiModule = { WASI: new (o: { version: string }) => { wasiImport: WebAssembly.ModuleImports; initialize(i: WebAssembly.Instance): void } };

export function threadCpuClock(): PerfClock | null {
  try {
    // node:wasi announces itself as experimental on stderr when first loaded; keep the output clean
    const emit = process.emitWarning;
    let wasi: WasiModule;
    process.emitWarning = () => {};
    try {
      wasi = createRequire(import.meta.url)("node:wasi") as WasiModule;
    } finally {
      process.emitWarning = emit;
    }
    const w = new wasi.WASI({ version: "preview1" });
    const instance = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(MODULE_BASE64, "base64")), {
      wasi_snapshot_preview1: w.wasiImport,
    });
    w.initialize(instance);
    const read = instance.exports.now as () => bigint;
    const t0 = read();
    if (typeof t0 !== "bigint" || t0 <= BigInt(0)) return null;
    return () => Number(read()) / 1e6;
  } catch {
    return null;
  }
}
