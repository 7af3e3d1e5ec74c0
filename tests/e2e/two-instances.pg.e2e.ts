/**
 * Two app instances on one PostgreSQL database (run only in the PostgreSQL e2e pass): the
 * instances share no memory, so idempotency by reviewId must hold through the database alone.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { UserExport } from "../../lib/review/export-data";
import type { Queue } from "../../lib/review/get-queue";
import { ApiClient } from "./api-client";
import { startNextServer } from "./server";

const first = inject("baseURL");
let second: Awaited<ReturnType<typeof startNextServer>>;

beforeAll(async () => {
  second = await startNextServer(inject("databaseUrl"));
});
afterAll(() => second?.stop());

describe("two instances on one PostgreSQL", () => {
  it("answers the same reviewId sent to both at once with the same body, and logs it once", async () => {
    const email = `two-instances-${Date.now()}@example.com`;
    const a = new ApiClient(first);
    const b = new ApiClient(second.baseURL);
    expect((await a.request("POST", "/api/auth/signup", { email, password: "a long password" })).status).toBe(201);
    expect(await a.signIn(email, "a long password")).toBe(200);
    expect(await b.signIn(email, "a long password")).toBe(200);

    const queue = (await a.request("GET", "/api/review/queue?limit=3")).json as Queue;
    for (const card of queue.cards) {
      const review = { reviewId: randomUUID(), cardId: card.cardId, rating: 3, durationMs: 900 };
      const [ra, rb] = await Promise.all([a.request("POST", "/api/reviews", review), b.request("POST", "/api/reviews", review)]);
      expect([ra.status, rb.status]).toEqual([200, 200]);
      expect(rb.json).toEqual(ra.json);
    }

    const exported = (await b.request("GET", "/api/export")).json as UserExport;
    expect(exported.reviews).toHaveLength(queue.cards.length);
    expect(new Set(exported.reviews.map((r) => r.cardId)).size).toBe(queue.cards.length);
  });
});
