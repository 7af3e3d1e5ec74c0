// Benchmark: /progress data and the review queue for a heavy user.
// Scratch SQLite DB (migrated like the tests), the real content plus synthetic cards up to
// 5,000, one user with 5,000 UserCard rows and 100,000 review logs over ~2 years. Prints
// median / p95 per function against the targets (progress, the review queue and a review on
// the hot path); it measures, it does not assert.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { signUp } from "../lib/auth/sign-up";
import { loadContent } from "../lib/content/load";
import { syncContent } from "../lib/content/sync-content";
import type { Db } from "../lib/db";
import { getCardStates } from "../lib/progress/get-card-states";
import { getForecast } from "../lib/progress/get-forecast";
import { getChapterMastery } from "../lib/progress/get-mastery";
import { getProgress } from "../lib/progress/get-progress";
import { getQuizScores } from "../lib/progress/get-quiz-scores";
import { getStreak } from "../lib/progress/get-streak";
import { getTrueRetention } from "../lib/progress/get-retention";
import { getReviewActivity } from "../lib/progress/get-review-activity";
import { getQueue } from "../lib/review/get-queue";
import { submitReview } from "../lib/review/submit-review";
import { createTestDb } from "../lib/test/test-db";
import { dayKey } from "../lib/time/day";
import { CardState } from "../lib/review/vocabulary";

const CARDS = 5_000;
const REVIEWS = 100_000;
const HISTORY_DAYS = 730;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = Math.min(5, RUNS);
const TIMEZONE = "Europe/Berlin";
const TARGETS = { progress: 300, queue: 1.5, review: 0.5 };
const DAY_MS = 86_400_000;

// Deterministic pseudo-random numbers: the same data on every run.
let seed = 42;
function rand(): number {
  seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
  return seed / 0x7fffffff;
}
const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));

async function inChunks<T>(rows: T[], size: number, write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

async function seedContent(db: Db): Promise<string[]> {
  const { chapters, problems } = loadContent();
  if (problems.length) throw new Error(`content/ has ${problems.length} problem(s); run npm run content:check`);
  await syncContent(db, chapters);
  const real = await db.card.count({ where: { retiredAt: null } });
  const extra = Math.max(0, CARDS - real);
  await db.chapter.create({ data: { id: "bench", title: "Bench (synthetic)", summary: "Synthetic cards for the benchmark.", seedHeading: "bench", order: 999 } });
  await db.section.create({ data: { id: "bench-s", chapterId: "bench", title: "Synthetic", summary: "Synthetic.", seedHeading: "bench-s", order: 1, noteHtml: "" } });
  const rendered = JSON.stringify({ prompt: "<p>Synthetic question?</p>", answer: "<p>Synthetic answer.</p>", explanation: "<p>Because.</p>" });
  const cards = Array.from({ length: extra }, (_, i) => ({
    id: `bench-${i}`,
    sectionId: "bench-s",
    type: "basic",
    order: i,
    globalOrder: real + i,
    rendered,
    frequency: "medium",
    difficulty: "medium",
    contentHash: `bench-${i}`,
  }));
  await inChunks(cards, 1000, (data) => db.card.createMany({ data }));
  const ids = await db.card.findMany({ where: { retiredAt: null }, select: { id: true }, orderBy: { globalOrder: "asc" } });
  console.log(`content: ${real} real cards + ${extra} synthetic = ${ids.length}`);
  return ids.map((c) => c.id);
}

/** Realistic mix: mostly review (young and mature), some learning/relearning, a few suspended and buried-new. */
function userCardRow(userId: string, cardId: string, now: Date) {
  const r = rand();
  const state = r < 0.8 ? CardState.Review : r < 0.88 ? CardState.Learning : r < 0.95 ? CardState.Relearning : CardState.New;
  const suspended = rand() < 0.03;
  const scheduledDays = state === CardState.Review ? int(1, 250) : 0;
  // Due from 10 days overdue up to the interval ahead; learning cards are due within the hour.
  const due = state === CardState.Review ? new Date(now.getTime() + int(-10, scheduledDays) * DAY_MS) : new Date(now.getTime() + int(-60, 60) * 60_000);
  const lastReview = state === CardState.New ? null : new Date(due.getTime() - Math.max(scheduledDays, 0.01) * DAY_MS);
  return {
    id: randomUUID(),
    userId,
    cardId,
    state,
    due,
    stability: state === CardState.New ? 0 : Math.max(0.5, scheduledDays * (0.8 + rand() * 0.4)),
    difficulty: state === CardState.New ? 0 : 1 + rand() * 9,
    elapsedDays: scheduledDays,
    scheduledDays,
    learningSteps: 0,
    reps: state === CardState.New ? 0 : int(1, 30),
    lapses: int(0, 4),
    lastReview,
    introducedAt: state === CardState.New ? null : new Date(now.getTime() - int(30, HISTORY_DAYS) * DAY_MS),
    suspended,
    buriedUntil: state === CardState.New ? new Date(now.getTime() - DAY_MS) : null,
  };
}

const LOG_COLUMNS = ["id", "userId", "cardId", "rating", "state", "due", "stability", "difficulty", "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", "review", "prevDue", "durationMs", "scheduler", "cardAfter", "day", "createdAt"];

/** DateTime as Prisma's SQLite adapter stores it (ISO text with an explicit offset), so range filters compare correctly. */
const sqlDate = (d: Date) => d.toISOString().replace("Z", "+00:00");

async function seedUser(db: Db, cardIds: string[], now: Date): Promise<string> {
  const user = await signUp(db, { email: "bench@example.com", password: "correct horse battery" });
  await db.settings.upsert({ where: { userId: user.id }, update: { timezone: TIMEZONE }, create: { userId: user.id, timezone: TIMEZONE } });
  const userId = user.id;
  const userCards = cardIds.slice(0, CARDS).map((id) => userCardRow(userId, id, now));
  let mark = performance.now();
  await inChunks(userCards, 1000, (data) => db.userCard.createMany({ data }));
  console.log(`  user cards inserted in ${Math.round(performance.now() - mark)} ms`);

  const scheduler = JSON.stringify({ request_retention: 0.9, maximum_interval: 36500, enable_fuzz: true, enable_short_term: true, learning_steps: ["1m", "10m"], relearning_steps: ["10m"] });
  mark = performance.now();
  // Review times first, sorted: the log is append-only, so real rows sit in time order on disk.
  const times = Array.from({ length: REVIEWS }, () => now.getTime() - Math.floor(rand() ** 2 * HISTORY_DAYS * DAY_MS)).sort((a, b) => a - b);
  const rows: unknown[][] = [];
  for (const time of times) {
    // Newer days are busier: the square above skews reviews towards the present.
    const review = new Date(time);
    const cardId = cardIds[int(0, cardIds.length - 1)];
    const s = rand();
    const state = s < 0.65 ? CardState.Review : s < 0.8 ? CardState.New : s < 0.92 ? CardState.Learning : CardState.Relearning;
    const g = rand();
    const rating = g < 0.12 ? 1 : g < 0.2 ? 2 : g < 0.9 ? 3 : 4;
    const scheduledDays = state === CardState.Review ? int(1, 120) : 0;
    const cardAfter = JSON.stringify({ cardId, state: "Review", due: review.toISOString(), stability: 12.3, difficulty: 5.1, elapsedDays: scheduledDays, scheduledDays, learningSteps: 0, reps: 7, lapses: 1, lastReview: review.toISOString() });
    const at = sqlDate(review);
    rows.push([randomUUID(), userId, cardId, rating, state, at, scheduledDays * 1.1, 5, scheduledDays, scheduledDays, scheduledDays, 0, at, at, int(2_000, 40_000), scheduler, cardAfter, dayKey(review, TIMEZONE), at]);
  }
  console.log(`  review logs built in ${Math.round(performance.now() - mark)} ms`);
  mark = performance.now();
  // createMany costs ~0.4 ms a row in Prisma's query compiler (100k rows: most of a minute);
  // a multi-row INSERT with bound parameters is several times faster.
  await inChunks(rows, 500, (chunk) =>
    db.$executeRawUnsafe(
      `INSERT INTO "ReviewLog" (${LOG_COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES ${chunk.map(() => `(${LOG_COLUMNS.map(() => "?").join(", ")})`).join(", ")}`,
      ...chunk.flat(),
    ),
  );
  console.log(`  review logs inserted in ${Math.round(performance.now() - mark)} ms`);

  const quizzes = Array.from({ length: 40 }, (_, i) => {
    const startedAt = new Date(now.getTime() - (40 - i) * 7 * DAY_MS);
    return { userId: user.id, mode: i % 2 ? "mock" : "practice", chapterIds: "[]", length: 20, startedAt, finishedAt: new Date(startedAt.getTime() + 600_000), answeredCount: 20, correctCount: int(8, 20) };
  });
  await db.quiz.createMany({ data: quizzes });
  return user.id;
}

async function time(label: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < WARMUP; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const pick = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)];
  return { label, median: round(pick(0.5)), p95: round(pick(0.95)) };
}
const round = (ms: number) => Math.round(ms * 100) / 100;

async function main() {
  const t = createTestDb();
  try {
    const now = new Date();
    const seedStart = performance.now();
    const cardIds = await seedContent(t.db);
    const userId = await seedUser(t.db, cardIds, now);
    const seedMs = Math.round(performance.now() - seedStart);
    console.log(`seeded ${await t.db.userCard.count()} user cards, ${await t.db.reviewLog.count()} review logs in ${seedMs} ms`);

    const progress = await time("progress (getProgress)", () => getProgress(t.db, userId));
    const queue = await time("queue (getQueue, limit 20)", () => getQueue(t.db, userId, { limit: 20 }));
    // Each run grades another of the user's cards, as a learner does.
    let next = 0;
    const review = await time("review (submitReview)", () => submitReview(t.db, userId, { reviewId: randomUUID(), cardId: cardIds[next++ % CARDS], rating: 3, durationMs: 4000 }));
    // Parts of getProgress, one at a time: where the time goes when a target is missed.
    const today = dayKey(new Date(), TIMEZONE);
    const parts = [
      await time("  activity + streaks", () => getReviewActivity(t.db, userId, today)),
      await time("  forecast", () => getForecast(t.db, userId, TIMEZONE, today)),
      await time("  true retention (all time)", () => getTrueRetention(t.db, userId)),
      await time("  card states", () => getCardStates(t.db, userId)),
      await time("  chapter mastery", () => getChapterMastery(t.db, userId)),
      await time("  quiz scores", () => getQuizScores(t.db, userId)),
      await time("home streak (getStreak)", () => getStreak(t.db, userId, TIMEZONE)),
    ];

    const result = {
      seedMs,
      progress: { ...progress, targetMs: TARGETS.progress, met: progress.median < TARGETS.progress },
      queue: { ...queue, targetMs: TARGETS.queue, met: queue.median <= TARGETS.queue },
      review: { ...review, targetMs: TARGETS.review, met: review.median <= TARGETS.review },
      parts: Object.fromEntries(parts.map((p) => [p.label.trim(), { median: p.median, p95: p.p95 }])),
      runs: RUNS,
    };
    const line = (r: { label: string; median: number; p95: number }, target?: number) =>
      `${r.label.padEnd(30)} median ${String(r.median).padStart(8)} ms   p95 ${String(r.p95).padStart(8)} ms` +
      (target ? `   target ≤ ${target} ms: ${r.median <= target ? "met" : "MISSED"}` : "");
    console.log(line(progress, TARGETS.progress));
    console.log(line(queue, TARGETS.queue));
    console.log(line(review, TARGETS.review));
    for (const p of parts) console.log(line(p));
    console.log(JSON.stringify(result));
  } finally {
    // --keep leaves the database for EXPLAIN QUERY PLAN and friends.
    if (process.argv.includes("--keep")) console.log(`kept ${t.url}`);
    else await t.cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
