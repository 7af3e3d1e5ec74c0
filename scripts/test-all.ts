// `npm test`: every check CI runs, in order, stopping at the first failure. With
// TEST_DATABASE_URL pointing at a PostgreSQL server (CI sets it), the integration suite and the
// API e2e also run on PostgreSQL, each test file in a fresh database.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Test files that run on a database: they call createTestDb, directly or through a module they
 * import from their own folder (a shared suite such as lib/review/review-suite.ts).
 */
function integrationTestFiles(): string[] {
  const usesDb = (text: string) => /(createTestDb\(|TEST_DATABASE_URL)/.test(text);
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (p.endsWith(".test.ts")) {
        const text = readFileSync(p, "utf8");
        const siblings = [...text.matchAll(/from "\.\/([\w-]+)"/g)].map((m) => path.join(dir, `${m[1]}.ts`));
        if (usesDb(text) || siblings.some((s) => existsSync(s) && usesDb(readFileSync(s, "utf8")))) found.push(p);
      }
    }
  };
  ["lib", "scripts"].forEach(walk);
  return found.sort();
}

const postgres = process.env.TEST_DATABASE_URL;
type Step = [string, string[], Record<string, string>?];
const steps: Step[] = [
  // `npm install` here can write a lock that `npm ci` refuses (optional natives the registry lacks):
  // a one-second offline check catches it before CI does.
  ["package-lock.json is what npm ci accepts", ["npm", "ci", "--dry-run", "--ignore-scripts", "--offline", "--no-audit", "--no-fund"]],
  ["prisma generate (SQLite and PostgreSQL clients)", ["npm", "run", "-s", "db:generate"]],
  ["PostgreSQL schema is in sync", ["npm", "run", "-s", "db:postgres-schema", "--", "--check"]],
  ["lint", ["npm", "run", "-s", "lint"]],
  ["typecheck", ["npm", "run", "-s", "typecheck"]],
  ["content check", ["npm", "run", "-s", "content:check"]],
  ["unit and integration tests (SQLite)", ["npx", "vitest", "run", "--exclude", "exercises/proof.test.ts"], { TEST_DATABASE_URL: "" }],
  // The checker's proof runs alone: its perf verdicts use one check thread per core, and test
  // files running beside it oversubscribed the cores (see the top of exercises/proof.test.ts).
  ["exercise checker proof", ["npx", "vitest", "run", "exercises/proof.test.ts"]],
  ...(postgres ? [["integration tests (PostgreSQL)", ["npx", "vitest", "run", ...integrationTestFiles()]] as Step] : []),
  ["checker bundle", ["npm", "run", "-s", "build:checker"]],
  ["next build", ["npx", "next", "build"]],
  ["e2e tests (Chromium, SQLite)", ["npx", "vitest", "run", "--config", "vitest.e2e.config.ts"], { E2E_POSTGRES_URL: "" }],
  // The suites that drive the hot routes, again with the front off: both paths must behave alike
  // (tests/e2e/front.e2e.ts also compares them answer by answer).
  ["e2e API tests (SQLite, Next alone)", ["npx", "vitest", "run", "--config", "vitest.e2e.config.ts", "tests/e2e/api.e2e.ts", "tests/e2e/abuse.e2e.ts", "tests/e2e/fuzz.e2e.ts", "tests/e2e/review-flow.e2e.ts"], { E2E_POSTGRES_URL: "", GO_BASE_HOT_FRONT: "0" }],
  ...(postgres ? [["e2e API tests (PostgreSQL, two instances)", ["npx", "vitest", "run", "--config", "vitest.e2e.config.ts"], { E2E_POSTGRES_URL: postgres }] as Step] : []),
];

process.env.NEXT_TELEMETRY_DISABLED = "1";
if (!postgres) console.log("(TEST_DATABASE_URL is not set: the PostgreSQL passes are skipped; CI runs them)");
const started = Date.now();
for (const [name, [command, ...args], env] of steps) {
  console.log(`\n▶ ${name}`);
  const t0 = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
