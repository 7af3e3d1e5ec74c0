// Benchmark: the cost of synchronous=FULL (durable commits) against SQLite's WAL default
// (NORMAL) on the review write path. One scratch database, the same user and cards; grades
// alternate between the two settings in blocks so machine noise hits both alike. It measures,
// it does not assert. `npm run -s bench:durability`
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { submitReview } from "../lib/review/submit-review";
import { createUser, seedContent } from "../lib/test/fixtures";
import { createTestDb } from "../lib/test/test-db";

const CARDS = 200;
const BLOCKS = 10;
const PER_BLOCK = 40;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

async function main() {
  const t = createTestDb();
  try {
    await seedContent(t.db, CARDS);
    const user = await createUser(t.db);
    const times: Record<"FULL" | "NORMAL", number[]> = { FULL: [], NORMAL: [] };
    let card = 0;
    for (let block = 0; block < BLOCKS * 2; block++) {
      const mode = block % 2 === 0 ? "FULL" : "NORMAL";
      await t.db.$queryRawUnsafe(`PRAGMA synchronous = ${mode}`);
      for (let i = 0; i < PER_BLOCK; i++) {
        const cardId = `c${(card++ % CARDS) + 1}`;
        const started = performance.now();
        await submitReview(t.db, user.id, { reviewId: randomUUID(), cardId, rating: 3 });
        times[mode].push(performance.now() - started);
      }
    }
    const full = median(times.FULL);
    const normal = median(times.NORMAL);
    console.log(JSON.stringify({
      grades: BLOCKS * PER_BLOCK * 2,
      submitReviewMs: {
        NORMAL: { median: +normal.toFixed(3), p95: +p95(times.NORMAL).toFixed(3) },
        FULL: { median: +full.toFixed(3), p95: +p95(times.FULL).toFixed(3) },
      },
      fullOverNormal: +(full / normal).toFixed(2),
    }, null, 2));
  } finally {
    await t.cleanup();
  }
}

await main();
