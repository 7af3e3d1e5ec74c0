// Benchmark: Browse for a user with 10,000 own cards (plus the built-in content), on a scratch
// SQLite database migrated like the tests. Prints the median and p95 server time of typical
// browse queries (search, filters, sorts, a deep page); goal: median < 100 ms. It measures, it
// does not assert (not part of npm test). BENCH_RUNS=N changes the 20 runs per query.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { browseCards } from "../lib/cards/browse-cards";
import { ownCardOrder } from "../lib/cards/own-card-order";
import { loadContent } from "../lib/content/load";
import { syncContent } from "../lib/content/sync-content";
import { createUser } from "../lib/test/fixtures";
import { createTestDb } from "../lib/test/test-db";

const OWN_CARDS = 10_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const GOAL_MS = 100;
const WORDS = ["goroutine", "channel", "mutex", "select", "context", "deadlock", "heap", "stack", "slice", "map", "interface", "defer", "panic", "closure", "pointer", "escape"];

let seed = 7;
const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff);
const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];

async function main() {
  const t = createTestDb();
  const db = t.db;
  try {
    const { chapters } = loadContent();
    await syncContent(db, chapters);
    const user = await createUser(db, "bench-browse@example.com");
    const decks = await Promise.all(["Go", "Rust", "SQL", "Linux"].map((name) => db.deck.create({ data: { userId: user.id, name } })));
    const now = new Date();
    const cards = Array.from({ length: OWN_CARDS }, (_, i) => {
      const text = `${pick(WORDS)} ${pick(WORDS)} question ${i} ${pick(WORDS)} answer`;
      const source = { type: "basic", front: text, back: "answer", explanation: "" };
      return {
        id: randomUUID(), ownerId: user.id, deckId: pick(decks).id, type: "basic", order: 0, globalOrder: ownCardOrder(new Date(now.getTime() - (OWN_CARDS - i) * 1000)),
        source: JSON.stringify(source), rendered: JSON.stringify({ prompt: `<p>${text}</p>`, answer: "<p>answer</p>", explanation: "" }), searchText: text,
        frequency: "medium", difficulty: "medium", contentHash: String(i), createdAt: new Date(now.getTime() - (OWN_CARDS - i) * 1000),
      };
    });
    for (let i = 0; i < cards.length; i += 1000) await db.card.createMany({ data: cards.slice(i, i + 1000) });
    // Two thirds reviewed, with spread-out due dates, intervals and lapses; some suspended; 3 % leeches.
    const rows = cards.filter(() => rand() < 0.67).map((c) => ({
      userId: user.id, cardId: c.id, state: 1 + Math.floor(rand() * 3), due: new Date(now.getTime() + (rand() - 0.3) * 90 * 86_400_000),
      stability: rand() * 100, difficulty: 1 + rand() * 9, scheduledDays: Math.floor(rand() * 90), reps: 1 + Math.floor(rand() * 20), lapses: Math.floor(rand() * 10), suspended: rand() < 0.05, lastReview: now,
    }));
    for (let i = 0; i < rows.length; i += 1000) await db.userCard.createMany({ data: rows.slice(i, i + 1000) });
    const leeches = cards.filter(() => rand() < 0.03).map((c) => ({ userId: user.id, cardId: c.id, tag: "leech" }));
    await db.cardTag.createMany({ data: leeches });
    const visible = await db.card.count({ where: { retiredAt: null, OR: [{ ownerId: null }, { ownerId: user.id }] } });

    const queries: [string, Record<string, string>][] = [
      ["first page, by due", {}],
      ["search two words", { q: "goroutine mutex" }],
      ["deck + review state, by lapses desc", { deck: decks[0].id, state: "review", sort: "-lapses" }],
      ["leeches", { leech: "true" }],
      ["lapses >= 5, by difficulty", { lapses: "5", sort: "difficulty" }],
      ["suspended", { state: "suspended" }],
      ["page 150, by created", { sort: "created", page: "150" }],
    ];
    console.log(`browse: ${OWN_CARDS} own cards, ${visible} visible in all, ${rows.length} reviewed, ${leeches.length} leeches; ${RUNS} runs per query (goal: median < ${GOAL_MS} ms)`);
    const medians: number[] = [];
    for (const [name, query] of queries) {
      await browseCards(db, user.id, query, now); // warm-up
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        total = (await browseCards(db, user.id, query, now)).total;
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)];
      medians.push(median);
      console.log(`  ${name.padEnd(38)} median ${median.toFixed(1).padStart(6)} ms  p95 ${times[Math.floor(times.length * 0.95)].toFixed(1).padStart(6)} ms  (${total} cards)`);
    }
    medians.sort((a, b) => a - b);
    console.log(`median of the medians: ${medians[Math.floor(medians.length / 2)].toFixed(1)} ms; worst median ${medians.at(-1)!.toFixed(1)} ms`);
  } finally {
    await t.cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
