/**
 * `npm run proof:stress [-- --runs N]`: runs the whole checker proof (exercises/proof.test.ts) N
 * times (default 10) with two busy-loop processes hogging the CPUs, and counts wrong verdicts: a
 * reference or alternative solution that fails, a fixture that passes or fails with another kind
 * than declared — i.e. every failed test of the proof. Prints `N runs, W wrong verdicts`; exits 1
 * when W > 0. The hogs are started and always killed by this script (also on Ctrl-C or failure).
 * Not part of `npm test`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const argv = process.argv.slice(2);
const runsAt = argv.indexOf("--runs");
const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 10;
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write("usage: proof-stress [--runs N] (N >= 1)\n");
  process.exit(2);
}

const children = new Set<ChildProcess>();
const hogs: ChildProcess[] = [];
const tmp = mkdtempSync(path.join(tmpdir(), "proof-stress-"));

function cleanup() {
  for (const c of [...hogs, ...children]) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  rmSync(tmp, { recursive: true, force: true });
}
process.on("exit", cleanup);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    cleanup();
    process.exit(130);
  });
}
process.on("uncaughtException", (e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  cleanup();
  process.exit(2);
});

for (let i = 0; i < 2; i++) {
  hogs.push(spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }));
}

type JsonReport = { numTotalTests: number; testResults: { assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[] };

function runProof(outFile: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const vitest = path.join(root, "node_modules", "vitest", "vitest.mjs");
    const child = spawn(process.execPath, [vitest, "run", "exercises/proof.test.ts", "--reporter=json", `--outputFile=${outFile}`], {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe"],
    });
    children.add(child);
    let stderr = "";
    child.stderr!.on("data", (d: Buffer) => void (stderr += d.toString()));
    child.on("close", (code) => {
      children.delete(child);
      resolve({ code, stderr });
    });
  });
}

let wrong = 0;
const started = Date.now();
for (let run = 1; run <= runs; run++) {
  const outFile = path.join(tmp, `run-${run}.json`);
  const t0 = Date.now();
  const { code, stderr } = await runProof(outFile);
  let report: JsonReport;
  try {
    report = JSON.parse(readFileSync(outFile, "utf8")) as JsonReport;
  } catch {
    process.stderr.write(`run ${run}: the proof produced no report (exit ${code})\n${stderr.slice(-4000)}\n`);
    cleanup();
    process.exit(2);
  }
  const failed = report.testResults.flatMap((f) => f.assertionResults).filter((a) => a.status === "failed");
  wrong += failed.length;
  process.stdout.write(`run ${run}/${runs}: ${report.numTotalTests} verdicts, ${failed.length} wrong (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  for (const f of failed) process.stdout.write(`  ✖ ${f.fullName}\n    ${(f.failureMessages[0] ?? "").split("\n").slice(0, 6).join("\n    ")}\n`);
}
process.stdout.write(`${runs} runs, ${wrong} wrong verdicts (${((Date.now() - started) / 60000).toFixed(1)} min, 2 CPU hogs)\n`);
cleanup();
process.exit(wrong > 0 ? 1 : 0);
