import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { UserExport } from "../../lib/review/export-data";
import type { Queue } from "../../lib/review/get-queue";
import { replayExport } from "../../lib/review/replay-export";
import { prepareDatabase } from "../../lib/setup/prepare-database";
import { syncContentFromDisk } from "../../lib/setup/sync-from-disk";
import { ApiClient } from "./api-client";
import { startNextServer } from "./server";

// Its own server and database: this suite pulls the plug on it.
const CLIENTS = 4;
const REVIEWS_PER_CLIENT = 120;
const KILLS = 3;
const PASSWORD = "a long password";

const dir = mkdtempSync(path.join(tmpdir(), "go-base-crash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Grade = { reviewId: string; cardId: string; rating: number; durationMs: number };

describe.skipIf(Boolean(process.env.E2E_POSTGRES_URL))("crash: SIGKILL the server mid-load, clients retry with the same reviewId", () => {
  it("keeps every acknowledged grade exactly once, and the export replays", async () => {
    const url = `file:${path.join(dir, "crash.db")}`;
    prepareDatabase(url, { quiet: true });
    await syncContentFromDisk(url);
    // A free port, kept across restarts: the clients keep their base URL.
    let server = await startNextServer(url);
    const baseURL = server.baseURL;

    const clients = await Promise.all(
      Array.from({ length: CLIENTS }, async (_, i) => {
        const api = new ApiClient(baseURL);
        const email = `crash-${i}-${Date.now()}@example.com`;
        expect((await api.request("POST", "/api/auth/signup", { email, password: PASSWORD })).status).toBe(201);
        expect(await api.signIn(email, PASSWORD)).toBe(200);
        const cards = ((await api.request("GET", "/api/review/queue?limit=20")).json as Queue).cards.map((c) => c.cardId);
        // Sequential per client (a grade depends on the card's state), cycling through its cards.
        const plan: Grade[] = Array.from({ length: REVIEWS_PER_CLIENT }, (_, n) => ({ reviewId: randomUUID(), cardId: cards[n % cards.length], rating: 1 + ((n * 7 + i) % 4), durationMs: 900 }));
        return { api, plan };
      }),
    );

    const sent = new Set<string>();
    const acked = new Set<string>();
    let retries = 0;
    const total = CLIENTS * REVIEWS_PER_CLIENT;
    const grade = async (api: ApiClient, review: Grade) => {
      for (;;) {
        sent.add(review.reviewId);
        const status = await api.request("POST", "/api/reviews", review).then((r) => r.status, () => 0);
        if (status === 200) return void acked.add(review.reviewId);
        // Anything but a server that is down or restarting is a bug in this test or the app.
        if (status !== 0 && status < 500) throw new Error(`grade refused with ${status}`);
        retries++;
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const load = Promise.all(clients.map(async ({ api, plan }) => {
      for (const review of plan) await grade(api, review);
    }));

    // Pull the plug at 20 %, 45 % and 70 % of the acknowledged grades, restarting each time.
    for (let k = 1; k <= KILLS; k++) {
      const at = Math.floor((total * (k * 25 - 5)) / 100);
      while (acked.size < at) await new Promise((r) => setTimeout(r, 20));
      server.kill();
      await new Promise((r) => setTimeout(r, 300));
      server = await startNextServer(url, server.port);
    }
    await load;

    const exports = await Promise.all(clients.map(async ({ api }) => (await api.request("GET", "/api/export")).json as UserExport));
    server.stop();
    const seen = new Map<string, number>();
    for (const data of exports) for (const review of data.reviews) seen.set(review.id, (seen.get(review.id) ?? 0) + 1);
    const lost = [...acked].filter((id) => !seen.has(id)).length;
    const doubled = [...seen.values()].filter((n) => n > 1).length + [...seen.keys()].filter((id) => !sent.has(id)).length;
    console.log(`crash: ${KILLS} SIGKILLs; sent ${sent.size}, acked ${acked.size}, lost ${lost}, doubled ${doubled} (${retries} retries)`);
    expect(sent.size).toBe(total);
    expect(acked.size).toBe(total);
    expect(lost).toBe(0);
    expect(doubled).toBe(0);
    expect(seen.size).toBe(total);
    for (const data of exports) expect(replayExport(data).mismatches).toEqual([]);
  }, 600_000);
});
