/**
 * CLI: `npm run -s exercise:check -- <exercise-id> <solution-file.ts> [--mode run|submit] [--seed N] [--timeout MS]`
 * Prints the CheckResult JSON on stdout; exit 0 passed, 1 failed, 2 usage error.
 */
import { readFileSync, existsSync } from "node:fs";
import { checkInWorker } from "../lib/exercises/node-runner";
import { SPECS } from "../lib/exercises/specs";
import type { CheckMode } from "../lib/exercises/engine/types";

function usage(msg: string): never {
  process.stderr.write(`${msg}\nusage: exercise-check <exercise-id> <solution-file.ts> [--mode run|submit] [--seed N] [--timeout MS]\n`);
  process.exit(2);
}

const positional: string[] = [];
const flags: Record<string, string> = {};
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a.startsWith("--")) {
    if (i + 1 >= argv.length) usage(`missing value for ${a}`);
    flags[a.slice(2)] = argv[++i];
  } else positional.push(a);
}
if (positional.length !== 2) usage("expected exactly two arguments");
const [id, file] = positional;
if (!SPECS[id]) usage(`unknown exercise "${id}" (known: ${Object.keys(SPECS).join(", ")})`);
if (!existsSync(file)) usage(`no such file: ${file}`);
const mode = (flags.mode ?? "submit") as CheckMode;
if (mode !== "run" && mode !== "submit") usage(`--mode must be run or submit`);
const seed = flags.seed !== undefined ? Number(flags.seed) : undefined;
if (seed !== undefined && !Number.isInteger(seed)) usage("--seed must be an integer");
const timeoutMs = flags.timeout !== undefined ? Number(flags.timeout) : undefined;

const result = await checkInWorker(id, readFileSync(file, "utf8"), { mode, seed, timeoutMs });
process.stdout.write(JSON.stringify(result, null, 2) + "\n");
process.exit(result.passed ? 0 : 1);
