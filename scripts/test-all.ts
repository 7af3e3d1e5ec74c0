// `npm test`: every check CI runs, in order, stopping at the first failure.
import { spawnSync } from "node:child_process";

const steps: [string, string[]][] = [
  ["prisma generate", ["npx", "prisma", "generate"]],
  ["lint", ["npm", "run", "-s", "lint"]],
  ["typecheck", ["npm", "run", "-s", "typecheck"]],
  ["content check", ["npm", "run", "-s", "content:check"]],
  ["unit and integration tests", ["npx", "vitest", "run"]],
  ["checker bundle", ["npm", "run", "-s", "build:checker"]],
  ["next build", ["npx", "next", "build"]],
  ["e2e tests (Chromium)", ["npx", "vitest", "run", "--config", "vitest.e2e.config.ts"]],
];

process.env.NEXT_TELEMETRY_DISABLED = "1";
const started = Date.now();
for (const [name, [command, ...args]] of steps) {
  console.log(`\n▶ ${name}`);
  const t0 = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
