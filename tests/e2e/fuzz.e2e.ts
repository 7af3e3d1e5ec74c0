import { randomUUID } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { seededRandom } from "../../lib/random/seeded-random";
import type { Queue } from "../../lib/review/get-queue";
import { ApiClient } from "./api-client";

const baseURL = inject("baseURL");
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const CONCURRENCY = 6;
const PASSWORD = "a long password";

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];

/** Values that break careless handlers: wrong types, extremes, unicode, prototype keys. */
function nasty(rng: Rng, ids: string[]): unknown {
  const roll = rng();
  if (roll < 0.1) return pick(rng, [0, -1, 1, 2, 3, 4, 5, -0, 1e308, -1e308, 2 ** 53 + 1, 0.5, 1e-9, Number.MAX_SAFE_INTEGER]);
  if (roll < 0.2) return pick(rng, ["", " ", "ø", "😀".repeat(50), "\u0000", "\u202e", "a".repeat(5000), "<script>alert(1)</script>", "../../etc/passwd", "1m 10m", "99999999d", "NaN", "null"]);
  if (roll < 0.3) return pick(rng, [null, true, false, [], {}, [1, 2, 3], { a: { b: { c: {} } } }]);
  if (roll < 0.4) return JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}');
  if (roll < 0.55) return pick(rng, ids);
  if (roll < 0.65) return randomUUID();
  if (roll < 0.75) return Array.from({ length: Math.floor(rng() * 30) }, () => Math.floor(rng() * 40) - 5);
  return pick(rng, ["practice", "mock", "run", "submit", "Europe/Berlin", "Mars/Base", 10, 20, 50, 0.9, 0.5]);
}

/** A body shaped like the endpoint's, with fields mutated, dropped, added or replaced. */
function body(rng: Rng, shape: Record<string, unknown>, ids: string[]): unknown {
  if (rng() < 0.1) return nasty(rng, ids);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(shape)) {
    const r = rng();
    if (r < 0.15) continue;
    out[key] = r < 0.55 ? value : nasty(rng, ids);
  }
  if (rng() < 0.15) out[pick(rng, ["__proto__", "extra", "constructor", "userId", "prototype"])] = nasty(rng, ids);
  return out;
}

type Plan = { method: string; path: string; payload?: string; contentType?: string };

function plan(rng: Rng, ctx: { cards: string[]; exercises: string[]; myQuiz: string; otherQuiz: string; otherCard: string }): Plan {
  const ids = [...ctx.cards.slice(0, 5), ctx.myQuiz, ctx.otherQuiz, ctx.otherCard, "lru-cache", "no-such-thing", ""];
  const card = () => (rng() < 0.8 ? pick(rng, ctx.cards) : (nasty(rng, ids) as string));
  const exercise = () => encodeURIComponent(String(rng() < 0.8 ? pick(rng, ctx.exercises) : nasty(rng, ids)));
  const quiz = () => encodeURIComponent(String(rng() < 0.6 ? ctx.myQuiz : rng() < 0.5 ? ctx.otherQuiz : nasty(rng, ids)));
  const routes: (() => Plan & { shape?: Record<string, unknown> })[] = [
    () => ({ method: "POST", path: "/api/auth/signup", shape: { email: `fuzz-${Math.floor(rng() * 1e9)}@example.com`, password: PASSWORD, name: "F", timezone: "UTC" } }),
    () => ({ method: "POST", path: "/api/auth/callback/credentials", payload: new URLSearchParams({ email: String(nasty(rng, ids)), password: String(nasty(rng, ids)), csrfToken: "forged" }).toString(), contentType: "application/x-www-form-urlencoded" }),
    () => ({ method: "GET", path: `/api/review/queue?limit=${encodeURIComponent(String(nasty(rng, ids)))}` }),
    () => ({ method: "POST", path: "/api/reviews", shape: { reviewId: randomUUID(), cardId: card(), rating: 1 + Math.floor(rng() * 4), durationMs: 1000 } }),
    () => ({ method: "POST", path: "/api/reviews/undo", shape: {} }),
    () => ({ method: "POST", path: pick(rng, ["/api/cards/bury", "/api/cards/suspend"]), shape: { cardId: card(), suspended: rng() < 0.5 } }),
    () => ({ method: pick(rng, ["GET", "PATCH"]), path: "/api/settings", shape: { desiredRetention: 0.9, newPerDay: 20, learningSteps: "1m 10m", maximumInterval: 365, timezone: "UTC", enableFuzz: true } }),
    () => ({ method: "GET", path: pick(rng, ["/api/exercises", "/api/quizzes", "/api/export", "/api/progress"]) }),
    () => ({ method: "GET", path: `/api/exercises/${exercise()}${pick(rng, ["", "/reference"])}` }),
    () => ({ method: pick(rng, ["PUT", "POST"]), path: `/api/exercises/${exercise()}/code`, shape: { code: "export class LRUCache {}" } }),
    () => ({ method: "POST", path: `/api/exercises/${exercise()}/attempts`, shape: { mode: "run", passed: false, failures: [{ kind: "example", message: "m" }], code: "x" } }),
    () => ({ method: "POST", path: `/api/exercises/${exercise()}/give-up`, shape: {} }),
    () => ({ method: "POST", path: "/api/quizzes", shape: { chapterIds: [], length: 10, mode: pick(rng, ["practice", "mock"]) } }),
    () => ({ method: pick(rng, ["GET", "DELETE"]), path: `/api/quizzes/${quiz()}` }),
    () => ({ method: "POST", path: `/api/quizzes/${quiz()}/${pick(rng, ["answers", "finish", "send-missed"])}`, shape: { position: 1 + Math.floor(rng() * 12), choice: [0], knewIt: true, timeMs: 100 } }),
  ];
  const chosen = pick(rng, routes)();
  // Wrong methods now and then.
  if (rng() < 0.05) chosen.method = pick(rng, ["GET", "POST", "PUT", "PATCH", "DELETE"]);
  if (chosen.payload !== undefined || chosen.method === "GET" || chosen.method === "DELETE") return chosen;
  const roll = rng();
  if (roll < 0.002) return { ...chosen, payload: "x".repeat(1024 * 1024 + 10), contentType: "application/json" }; // oversized
  if (roll < 0.05) return { ...chosen, payload: pick(rng, ["{", "{\"a\":", "[1,2", "nul", "\"unterminated", "{\"a\":1}}", "\u0000{}", "{'single':1}"]), contentType: "application/json" };
  const json = JSON.stringify(body(rng, chosen.shape ?? {}, ids)) ?? "null";
  if (roll < 0.09) return { ...chosen, payload: json, contentType: pick(rng, ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml"]) };
  if (roll < 0.1) return { ...chosen, payload: json }; // no content type at all
  return { ...chosen, payload: json, contentType: "application/json" };
}

describe("fuzz: seeded garbage across every API route", () => {
  it(`answers ${REQUESTS} generated requests without a single 5xx, and the user's data still loads`, async () => {
    const stamp = Date.now();
    const me = new ApiClient(baseURL);
    const other = new ApiClient(baseURL);
    for (const [client, name] of [[me, "me"], [other, "other"]] as const) {
      const email = `fuzz-${name}-${stamp}@example.com`;
      expect((await client.request("POST", "/api/auth/signup", { email, password: PASSWORD })).status).toBe(201);
      expect(await client.signIn(email, PASSWORD)).toBe(200);
    }
    const queue = (await me.request("GET", "/api/review/queue?limit=30")).json as Queue;
    const cards = queue.cards.map((c) => c.cardId);
    const exercises = ((await me.request("GET", "/api/exercises")).json as { exercises: { id: string }[] }).exercises.map((e) => e.id);
    const myQuiz = ((await me.request("POST", "/api/quizzes", { chapterIds: [], length: 10, mode: "practice" })).json as { id: string }).id;
    const otherQuiz = ((await other.request("POST", "/api/quizzes", { chapterIds: [], length: 10, mode: "mock" })).json as { id: string }).id;
    const otherCard = ((await other.request("GET", "/api/review/queue?limit=1")).json as Queue).cards[0].cardId;

    const rng = seededRandom(SEED);
    const plans = Array.from({ length: REQUESTS }, () => plan(rng, { cards, exercises, myQuiz, otherQuiz, otherCard }));
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let next = 0;
    let networkErrors = 0;
    const started = Date.now();
    const worker = async () => {
      while (next < plans.length) {
        const p = plans[next++];
        const headers: Record<string, string> = { cookie: me.cookieHeader() };
        if (p.contentType) headers["content-type"] = p.contentType;
        // GET and HEAD cannot carry a body (the wrong-method mutation may have made one).
        const payload = p.method === "GET" || p.method === "HEAD" ? undefined : p.payload;
        const response = await fetch(baseURL + p.path, { method: p.method, headers, body: payload, redirect: "manual" }).catch((error: Error) => error);
        if (response instanceof Error) {
          networkErrors++;
          const cause = (response as Error & { cause?: { code?: string; message?: string } }).cause;
          if (failures.length < 20) failures.push(`${p.method} ${p.path} ${p.contentType ?? ""} (${p.payload?.length ?? 0} bytes) → ${response.message}: ${cause?.code ?? ""} ${cause?.message ?? ""}`);
          continue;
        }
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status >= 500 && failures.length < 20) failures.push(`${p.method} ${p.path} ${p.contentType ?? ""} ${p.payload?.slice(0, 200) ?? ""} → ${response.status}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const serverErrors = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
    console.log(`fuzz: seed ${SEED}, ${REQUESTS} requests in ${((Date.now() - started) / 1000).toFixed(1)} s, ${serverErrors} responses >= 500, ${networkErrors} network errors; by status ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`);
    expect(failures).toEqual([]);
    expect(serverErrors).toBe(0);
    expect(networkErrors).toBe(0);

    for (const path of ["/api/review/queue?limit=20", "/api/export", "/api/progress", "/api/settings", "/api/quizzes"]) {
      expect((await me.request("GET", path)).status, path).toBe(200);
      expect((await other.request("GET", path)).status, path).toBe(200);
    }
    // The other user's quiz was never reachable through my session.
    expect(((await other.request("GET", `/api/quizzes/${otherQuiz}`)).status)).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 900_000);
});
