import { randomUUID } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import type { Queue } from "../../lib/review/get-queue";
import type { UserExport } from "../../lib/review/export-data";
import { replayExport } from "../../lib/review/replay-export";
import { ApiClient } from "./api-client";

const baseURL = inject("baseURL");

describe("HTTP API, driven by a script", () => {
  it("signs up, signs in, grades idempotently, undoes, and exports a replayable history", async () => {
    const api = new ApiClient(baseURL);
    const email = `script-${Date.now()}@example.com`;
    expect((await api.request("GET", "/api/review/queue")).status).toBe(401);

    const signup = await api.request("POST", "/api/auth/signup", { email, password: "a long password" });
    expect(signup.status).toBe(201);
    expect(signup.json).toMatchObject({ user: { email } });
    expect((await api.request("POST", "/api/auth/signup", { email, password: "a long password" })).status).toBe(409);
    const weak = await api.request("POST", "/api/auth/signup", { email: "x@example.com", password: "123" });
    expect(weak.status).toBe(400);
    expect(weak.json).toMatchObject({ error: { code: "INVALID_INPUT" } });

    expect(await api.signIn(email, "wrong password")).toBe(401);
    expect(await api.signedIn()).toBe(false);
    expect(await api.signIn(email, "a long password")).toBe(200);
    expect(await api.signedIn()).toBe(true);

    const queue = (await api.request("GET", "/api/review/queue?limit=5")).json as Queue;
    expect(queue.cards).toHaveLength(5);
    expect(queue.cards[0].previews.map((p) => p.label)).toHaveLength(4);
    expect(queue.counts.new).toBeGreaterThan(0);

    const ratings = [3, 1, 4, 2, 3];
    const results: { log: { id: string } }[] = [];
    for (const [i, card] of queue.cards.entries()) {
      const review = { reviewId: randomUUID(), cardId: card.cardId, rating: ratings[i], durationMs: 1200 };
      const first = await api.request("POST", "/api/reviews", review);
      expect(first.status).toBe(200);
      const repeat = await api.request("POST", "/api/reviews", review);
      expect(repeat.json).toEqual(first.json);
      results.push(first.json as { log: { id: string } });
    }
    expect((await api.request("POST", "/api/reviews", { reviewId: randomUUID(), cardId: "no-such-card", rating: 3 })).status).toBe(404);
    const invalid = await api.request("POST", "/api/reviews", { reviewId: "not-a-uuid", cardId: queue.cards[0].cardId, rating: 0 });
    expect(invalid.status).toBe(400);

    // Undo names its review; conflicts carry their own codes.
    const lastId = results[4].log.id;
    const undo = await api.request("POST", "/api/reviews/undo", { reviewId: lastId });
    expect(undo.status).toBe(200);
    expect(undo.json).toMatchObject({ undone: { reviewId: lastId, cardId: queue.cards[4].cardId, rating: 3 } });
    expect(await api.request("POST", "/api/reviews/undo", { reviewId: lastId })).toEqual(undo);
    const resend = await api.request("POST", "/api/reviews", { reviewId: lastId, cardId: queue.cards[4].cardId, rating: 3, durationMs: 1200 });
    expect(resend).toMatchObject({ status: 409, json: { error: { code: "REVIEW_UNDONE" } } });
    const reused = await api.request("POST", "/api/reviews", { reviewId: results[0].log.id, cardId: queue.cards[0].cardId, rating: 4 });
    expect(reused).toMatchObject({ status: 409, json: { error: { code: "REVIEW_ID_REUSED" } } });
    expect((await api.request("POST", "/api/reviews", { reviewId: randomUUID(), cardId: queue.cards[0].cardId, rating: 3 })).status).toBe(200);
    const older = await api.request("POST", "/api/reviews/undo", { reviewId: results[0].log.id });
    expect(older).toMatchObject({ status: 409, json: { error: { code: "NOT_LATEST" } } });

    const exported = (await api.request("GET", "/api/export")).json as UserExport;
    expect(exported.reviews).toHaveLength(5);
    expect(exported.settings.fsrs.request_retention).toBe(0.9);
    const replay = replayExport(exported);
    expect(replay.mismatches).toEqual([]);

    // Another user sees none of it and cannot undo it.
    const other = new ApiClient(baseURL);
    await other.request("POST", "/api/auth/signup", { email: `other-${email}`, password: "a long password" });
    await other.signIn(`other-${email}`, "a long password");
    expect((await other.request("POST", "/api/reviews/undo", { reviewId: results[1].log.id })).status).toBe(404);
    expect(((await other.request("GET", "/api/export")).json as UserExport).reviews).toEqual([]);
  });
});
