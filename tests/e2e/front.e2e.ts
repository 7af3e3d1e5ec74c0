/**
 * The front (server/serve.ts) answers the two hot routes without Next's router. Two servers
 * on one database, one with the front and one without, must answer every kind of request to
 * those routes alike: status, headers (but for framing ones) and body.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Queue } from "../../lib/review/get-queue";
import { ApiClient } from "./api-client";
import { startNextServer } from "./server";

type Server = Awaited<ReturnType<typeof startNextServer>>;
let front: Server;
let nextAlone: Server;

beforeAll(async () => {
  [front, nextAlone] = await Promise.all([startNextServer(inject("databaseUrl"), undefined, { front: true }), startNextServer(inject("databaseUrl"), undefined, { front: false })]);
});
afterAll(() => {
  front?.stop();
  nextAlone?.stop();
});

/** Headers that describe the connection or the framing, not the answer. */
const FRAMING = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

type Answer = { status: number; headers: Record<string, string>; body: string };

type Sent = Answer & { framing: Record<string, string | null> };

async function send(baseURL: string, path: string, init: RequestInit = {}): Promise<Sent> {
  const response = await fetch(baseURL + path, { redirect: "manual", ...init });
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    if (!FRAMING.has(key)) headers[key] = value;
  });
  const framing = { "content-length": response.headers.get("content-length"), "transfer-encoding": response.headers.get("transfer-encoding") };
  return { status: response.status, headers, body: await response.text(), framing };
}

/** Sends the same request to both servers, one after the other, and returns both answers. */
async function both(path: string, init: RequestInit = {}): Promise<[Sent, Sent]> {
  const a = await send(front.baseURL, path, init);
  const b = await send(nextAlone.baseURL, path, init);
  return [a, b];
}

function strip({ status, headers, body }: Answer): Answer {
  return { status, headers, body };
}

/**
 * A queue's previews say when each rating would be due, from the millisecond it was read (and
 * the fuzz is seeded with that millisecond): only which ratings they offer must match.
 */
function stripQueue(answer: Answer) {
  const queue = JSON.parse(answer.body) as Queue;
  const cards = queue.cards.map((card) => ({ ...card, previews: card.previews.map((p) => p.rating) }));
  return { ...strip(answer), body: { ...queue, cards } };
}

describe("the front for the hot routes", () => {
  it("answers like Next: the queue, grades replayed across the two paths, and every refusal", async () => {
    const email = `front-${Date.now()}@example.com`;
    const api = new ApiClient(front.baseURL);
    expect((await api.request("POST", "/api/auth/signup", { email, password: "a long password" })).status).toBe(201);
    expect(await api.signIn(email, "a long password")).toBe(200);
    // One secret, one database: the session cookie is valid on both servers.
    const cookie = api.cookieHeader();
    const json = { cookie, "content-type": "application/json" };

    // Next loads each route module on its first request; from then on the front answers it
    // itself. Framing tells them apart: the front sends Content-Length, Next streams chunks.
    await both("/api/review/queue?limit=1", { headers: { cookie } });
    await both("/api/reviews", { method: "POST", headers: json, body: "{}" });
    const [viaFront, viaNext] = await both("/api/review/queue?limit=5", { headers: { cookie } });
    expect(viaFront.framing).toMatchObject({ "transfer-encoding": null });
    expect(viaNext.framing).toMatchObject({ "transfer-encoding": "chunked" });
    expect(stripQueue(viaFront)).toEqual(stripQueue(viaNext));
    const queue = JSON.parse(viaFront.body) as Queue;
    expect(queue.cards.length).toBe(5);

    // Compressed alike when asked, and not when not (fetch inflates the body; the headers say how it came).
    const [gzFront, gzNext] = await both("/api/review/queue?limit=20", { headers: { cookie, "accept-encoding": "gzip, br" } });
    expect(gzFront.headers["content-encoding"]).toBe("gzip");
    expect(stripQueue(gzFront)).toEqual(stripQueue(gzNext));
    const [plainFront, plainNext] = await both("/api/review/queue?limit=20", { headers: { cookie, "accept-encoding": "identity" } });
    expect(plainFront.headers["content-encoding"]).toBeUndefined();
    expect(stripQueue(plainFront)).toEqual(stripQueue(plainNext));

    // A grade through the front, its resend through Next (and back): one review, one body.
    const card = queue.cards.find((c) => c.type !== "predict")!;
    const review = { reviewId: randomUUID(), cardId: card.cardId, rating: 3, durationMs: 1500 };
    const graded = await send(front.baseURL, "/api/reviews", { method: "POST", headers: json, body: JSON.stringify(review) });
    expect(graded.status).toBe(200);
    const [againFront, againNext] = await both("/api/reviews", { method: "POST", headers: json, body: JSON.stringify(review) });
    expect(strip(againFront)).toEqual(strip(graded));
    expect(strip(againNext)).toEqual(strip(graded));
    const [reusedFront, reusedNext] = await both("/api/reviews", { method: "POST", headers: json, body: JSON.stringify({ ...review, rating: 1 }) });
    expect(reusedFront.status).toBe(409);
    expect(JSON.parse(reusedFront.body)).toMatchObject({ error: { code: "REVIEW_ID_REUSED" } });
    expect(strip(reusedFront)).toEqual(strip(reusedNext));

    const refusals: [string, RequestInit, number][] = [
      ["/api/review/queue?limit=5", {}, 401],
      ["/api/review/queue?limit=lots", { headers: { cookie } }, 400],
      ["/api/review/queue?deck=no-such-deck", { headers: { cookie } }, 404],
      ["/api/reviews", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(review) }, 401],
      ["/api/reviews", { method: "POST", headers: json, body: "{}" }, 400],
      ["/api/reviews", { method: "POST", headers: json, body: "{not json" }, 400],
      ["/api/reviews", { method: "POST", headers: { cookie, "content-type": "text/plain" }, body: JSON.stringify(review) }, 415],
      ["/api/reviews", { method: "POST", headers: { ...json, origin: "https://evil.example" }, body: JSON.stringify(review) }, 403],
      ["/api/reviews", { method: "POST", headers: json, body: JSON.stringify({ ...review, reviewId: randomUUID(), note: "x".repeat(2 * 1024 * 1024) }) }, 413],
    ];
    for (const [path, init, status] of refusals) {
      const [a, b] = await both(path, init);
      expect({ path, status: a.status }).toEqual({ path, status });
      expect(strip(a)).toEqual(strip(b));
    }
  });
});
