// Benchmark: one POST /api/reviews/batch worth of grades (500, the maximum) applied in one call
// on a scratch SQLite database, as a phone back from a day offline would send them. Half the
// grades are older than the card's latest review, so the replay path is measured too. It
// measures, it does not assert (goal: under 1 s). `npm run -s bench:batch`
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { submitReviewBatch } from "../lib/review/submit-review-batch";
import { createUser, seedContent } from "../lib/test/fixtures";
import { createTestDb } from "../lib/test/test-db";

const CARDS = 250;
const START = Date.parse("2026-03-01T08:00:00Z");

async function main() {
  const t = createTestDb();
  try {
    await seedContent(t.db, CARDS);
    const user = await createUser(t.db);
    const now = new Date(START + 30 * 86_400_000);
    // Device A: every card on day 1 and day 5. Device B: every card on day 3 — synced after A,
    // so each of its grades lands between two of A's and the card is replayed.
    const grade = (card: number, day: number, rating: 1 | 2 | 3 | 4) => ({
      reviewId: randomUUID(), cardId: `c${card + 1}`, rating, durationMs: 5000, reviewedAt: new Date(START + day * 86_400_000 + card * 1000).toISOString(),
    });
    const deviceA = Array.from({ length: CARDS }, (_, i) => [grade(i, 0, 3), grade(i, 4, 3)]).flat();
    const deviceB = Array.from({ length: CARDS }, (_, i) => grade(i, 2, ((i % 4) + 1) as 1 | 2 | 3 | 4));
    const timed = async (grades: typeof deviceA) => {
      const started = performance.now();
      const { results } = await submitReviewBatch(t.db, user.id, { grades }, now);
      const count = (status: string) => results.filter((r) => r.status === status).length;
      return { ms: performance.now() - started, applied: count("applied"), duplicate: count("duplicate") };
    };
    const inOrder = await timed(deviceA.slice(0, 500));
    // B's 250 grades, each replayed into its card's history, plus 250 of A's again (a retry).
    const replayed = await timed([...deviceB, ...deviceA.slice(0, 250)]);
    console.log(JSON.stringify({
      grades: 500,
      appendMs: +inOrder.ms.toFixed(1),
      appendApplied: inOrder.applied,
      olderThanLatestPlusRetryMs: +replayed.ms.toFixed(1),
      olderThanLatestApplied: replayed.applied,
      retriedDuplicates: replayed.duplicate,
      goalMs: 1000,
    }));
  } finally {
    await t.cleanup();
  }
}

void main();
