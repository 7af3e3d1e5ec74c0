// `npm start`: migrate, sync content, build if the sources changed, then serve.
// Everything a fresh clone needs after `npm ci`; no other step.
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { closeDatabase, createPrismaClient } from "../lib/db";
import { isPostgresUrl, resolveDatabaseUrl } from "../lib/db-url";
import { readBaseEnv } from "../lib/env";
import { failInterruptedJobs } from "../lib/jobs/fail-interrupted-jobs";
import { ensureAuthSecret } from "../lib/setup/secrets";
import { prepareDatabase } from "../lib/setup/prepare-database";
import { syncContentFromDisk } from "../lib/setup/sync-from-disk";

const dev = process.argv.includes("--dev");
const port = String(readBaseEnv().PORT);
process.env.NEXT_TELEMETRY_DISABLED = "1";
const nextBin = path.resolve("node_modules/.bin/next");

// Inputs of `next build`: if none changed since the last build, reuse it.
const BUILD_INPUTS = ["app", "lib", "components", "exercises", "public", "generated", "next.config.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];
const BUILD_STAMP = path.resolve(".next/go-base-build-stamp");

function fingerprint(): string {
  const hash = createHash("sha256");
  const walk = (p: string) => {
    // public/checker and public/sw.js are generated from lib/, exercises/ and app/sw.ts, which are
    // fingerprinted already (and rewritten on every start: their mtime says nothing).
    if (!existsSync(p) || p === path.join("public", "checker") || p === path.join("public", "sw.js")) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!name.startsWith(".")) walk(path.join(p, name));
    } else {
      hash.update(`${p}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  BUILD_INPUTS.forEach(walk);
  return hash.digest("hex");
}

/** Runs a child process with this one's output and environment; rejects unless it exits 0. */
function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: process.env });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(" ")} exited with ${code}`))));
  });
}

async function main() {
  ensureAuthSecret();
  const url = resolveDatabaseUrl();
  process.env.DATABASE_URL = url;
  console.log(`go-base: database ${url}`);
  prepareDatabase(url);
  const report = await syncContentFromDisk(url);
  const c = report.cards;
  console.log(`go-base: content synced: ${report.sections} sections; cards ${c.created} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.retired} retired`);
  const jobsDb = createPrismaClient(url);
  const failed = await failInterruptedJobs(jobsDb, { onlyStale: isPostgresUrl(url) }).finally(() => closeDatabase(jobsDb));
  if (failed > 0) console.log(`go-base: ${failed} job(s) interrupted by the last shutdown marked failed`);
  // The in-browser checker (engine, specs, references) is one bundle served from public/.
  execFileSync(process.execPath, ["--import", "tsx", "scripts/build-checker.ts"], { stdio: "inherit" });
  if (dev) return run(nextBin, ["dev", "--turbopack", "-p", port]);
  const stamp = fingerprint();
  const built = existsSync(".next/BUILD_ID") && existsSync(BUILD_STAMP) && readFileSync(BUILD_STAMP, "utf8") === stamp;
  if (!built) {
    console.log("go-base: building (first run or sources changed)…");
    await run(nextBin, ["build"]);
    writeFileSync(BUILD_STAMP, fingerprint());
  }
  // Next behind the front for the two hot routes (server/serve.ts, decision 0016).
  await run(process.execPath, ["--import", "tsx", "server/serve.ts", "--port", port]);
}

main().catch((error: Error) => {
  console.error(`go-base: ${error.message}`);
  process.exit(1);
});
