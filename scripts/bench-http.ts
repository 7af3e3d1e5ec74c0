// `npm run bench:http`: the review hot path over HTTP, against a trivial route, in one run.
// Starts the production server (server/serve.ts; needs `npx next build`) on a scratch SQLite
// database with the real content, and again on a scratch PostgreSQL database when DATABASE_URL
// names a server. Signs up 50 users and drives each route with 50 concurrent clients on
// 127.0.0.1 only. Every phase is bounded by a request count and a time limit. Prints req/s,
// p50 and p99 per route and the ratios to the trivial route; it measures, it does not assert.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { isPostgresUrl } from "../lib/db-url";
import { prepareDatabase } from "../lib/setup/prepare-database";
import { databaseUrl, dropDatabase } from "../lib/test/postgres-test-db";
import { syncContentFromDisk } from "../lib/setup/sync-from-disk";
import { ApiClient } from "../tests/e2e/api-client";

const PORT = Number(process.env.BENCH_PORT ?? 3190);
const HOST = "127.0.0.1";
const USERS = 50;
const CONCURRENCY = 50;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const WARMUP_REQUESTS = 500;
const PHASE_TIME_LIMIT_MS = 30_000;
const serverLabel = process.env.GO_BASE_HOT_FRONT === "0" ? "server/serve.ts, front off (Next alone)" : "server/serve.ts (hot routes through the front)";
const GOALS = { reviews: 0.7, queue: 0.5, reviewP99: 2 };

type User = { cookie: string; cardIds: string[]; next: number };
type Phase = { label: string; requests: number; seconds: number; rps: number; p50: number; p99: number; statuses: Record<number, number> };

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function request(method: string, urlPath: string, headers: Record<string, string>, body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: HOST, port: PORT, method, path: urlPath, agent, headers: body ? { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(body) } : headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** Runs `count` requests from CONCURRENCY clients (client i acts as user i), stopping early at the time limit. */
async function phase(label: string, count: number, send: (user: User) => Promise<number>, users: User[]): Promise<Phase> {
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let issued = 0;
  const start = performance.now();
  const deadline = start + PHASE_TIME_LIMIT_MS;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, i) => {
      const user = users[i % users.length];
      while (issued < count && performance.now() < deadline) {
        issued++;
        const t0 = performance.now();
        const status = await send(user);
        latencies.push(performance.now() - t0);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const pick = (q: number) => round(latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)]);
  return { label, requests: latencies.length, seconds: round(seconds), rps: round(latencies.length / seconds), p50: pick(0.5), p99: pick(0.99), statuses };
}

const round = (n: number) => Math.round(n * 100) / 100;

async function waitForServer(child: ChildProcess) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    if ((await request("GET", "/api/settings", {}).catch(() => 0)) === 401) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the server did not start within 90 s");
}

async function signUpUsers(baseURL: string): Promise<User[]> {
  const users: User[] = [];
  for (let i = 0; i < USERS; i++) {
    const api = new ApiClient(baseURL);
    const email = `bench-${i}-${randomUUID().slice(0, 8)}@example.com`;
    await api.request("POST", "/api/auth/signup", { email, password: "a long password" });
    if ((await api.signIn(email, "a long password")) !== 200) throw new Error(`sign-in failed for ${email}`);
    const queue = (await api.request("GET", "/api/review/queue?limit=200")).json as { cards: { cardId: string; type: string }[] };
    const cardIds = queue.cards.filter((c) => c.type !== "predict").map((c) => c.cardId);
    users.push({ cookie: api.cookieHeader(), cardIds, next: 0 });
  }
  return users;
}

/** Serves the build on `url` (prepared and synced here) and prints one run's figures. */
async function benchOn(database: string, url: string) {
  let child: ChildProcess | null = null;
  try {
    prepareDatabase(url, { quiet: true });
    await syncContentFromDisk(url);
    const baseURL = `http://${HOST}:${PORT}`;
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, PORT: String(PORT), HOSTNAME: HOST, NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret", NEXTAUTH_URL: baseURL, AUTH_SIGNUPS_PER_IP_PER_HOUR: "10000", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
    // The production server (server/serve.ts); GO_BASE_HOT_FRONT=0 measures Next alone.
    const server = spawn(process.execPath, ["--import", "tsx", "server/serve.ts", "--port", String(PORT), "--hostname", HOST], { env, stdio: ["ignore", "ignore", "inherit"] });
    child = server;
    await waitForServer(server);
    const users = await signUpUsers(baseURL);
    console.log(`\n${database}: ${serverLabel} on ${baseURL}; ${users.length} users signed up; ${CONCURRENCY} concurrent clients, ${REQUESTS} requests a phase`);

    const trivial = () => request("GET", "/api/settings", {});
    const review = (u: User) => {
      const cardId = u.cardIds[u.next++ % u.cardIds.length];
      return request("POST", "/api/reviews", { cookie: u.cookie }, JSON.stringify({ reviewId: randomUUID(), cardId, rating: 3, durationMs: 3000 }));
    };
    const queue = (u: User) => request("GET", "/api/review/queue?limit=20", { cookie: u.cookie });

    const results: Phase[] = [];
    for (const [label, send] of [["trivial (401)", trivial], ["POST /api/reviews", review], ["GET /api/review/queue?limit=20", queue]] as const) {
      await phase(`${label} warm-up`, WARMUP_REQUESTS, send, users);
      results.push(await phase(label, REQUESTS, send, users));
    }
    const [base, reviews, queues] = results;
    for (const r of results) {
      console.log(`${r.label.padEnd(32)} ${String(r.rps).padStart(8)} req/s   p50 ${String(r.p50).padStart(7)} ms   p99 ${String(r.p99).padStart(8)} ms   ${r.requests} in ${r.seconds} s   ${JSON.stringify(r.statuses)}`);
    }
    const ratios = { reviews: round(reviews.rps / base.rps), queue: round(queues.rps / base.rps), reviewP99: round(reviews.p99 / base.p99) };
    console.log(
      `ratios to the trivial route: reviews ${ratios.reviews}× (goal ≥ ${GOALS.reviews}), queue ${ratios.queue}× (goal ≥ ${GOALS.queue}), ` +
        `review p99 ${ratios.reviewP99}× the trivial p99 (goal ≤ ${GOALS.reviewP99})`,
    );
    console.log(JSON.stringify({ database, server: serverLabel, concurrency: CONCURRENCY, results, ratios, goals: GOALS }));
  } finally {
    if (child) {
      const exited = new Promise((resolve) => child!.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
  }
}

/**
 * SQLite always (a scratch file); PostgreSQL too when DATABASE_URL names a server: a scratch
 * database is created on it and dropped afterwards. The ratio goals are for SQLite.
 */
async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npx next build` first");
  const dir = mkdtempSync(path.join(tmpdir(), "go-base-bench-http-"));
  try {
    await benchOn("SQLite", `file:${path.join(dir, "bench.db")}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const postgres = process.env.DATABASE_URL;
  if (postgres && isPostgresUrl(postgres)) {
    const name = `gobase_bench_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: postgres });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    try {
      await benchOn("PostgreSQL", databaseUrl(postgres, name));
    } finally {
      await dropDatabase(postgres, name);
    }
  }
  agent.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
