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
    const results = [];
    for (const [i, card] of queue.cards.entries()) {
      const review = { reviewId: randomUUID(), cardId: card.cardId, rating: ratings[i], durationMs: 1200 };
      const first = await api.request("POST", "/api/reviews", review);
      expect(first.status).toBe(200);
      const repeat = await api.request("POST", "/api/reviews", review);
      expect(repeat.json).toEqual(first.json);
      results.push(first.json);
    }
    expect((await api.request("POST", "/api/reviews", { reviewId: randomUUID(), cardId: "no-such-card", rating: 3 })).status).toBe(404);
    const invalid = await api.request("POST", "/api/reviews", { reviewId: "not-a-uuid", cardId: queue.cards[0].cardId, rating: 0 });
    expect(invalid.status).toBe(400);

    const undo = await api.request("POST", "/api/reviews/undo");
    expect(undo.status).toBe(200);
    expect(undo.json).toMatchObject({ undone: { cardId: queue.cards[4].cardId, rating: 3 } });

    const exported = (await api.request("GET", "/api/export")).json as UserExport;
    expect(exported.reviews).toHaveLength(4);
    expect(exported.settings.fsrs.request_retention).toBe(0.9);
    const replay = replayExport(exported);
    expect(replay.mismatches).toEqual([]);

    // Another user sees none of it and cannot undo it.
    const other = new ApiClient(baseURL);
    await other.request("POST", "/api/auth/signup", { email: `other-${email}`, password: "a long password" });
    await other.signIn(`other-${email}`, "a long password");
    expect((await other.request("POST", "/api/reviews/undo")).status).toBe(404);
    expect(((await other.request("GET", "/api/export")).json as UserExport).reviews).toEqual([]);
  });
});
