import { State } from "ts-fsrs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncContent } from "../content/sync-content";
import { listExercises } from "../exercises/catalog";
import { basicCard, createUser, smallContent } from "../test/fixtures";
import { createTestDb } from "../test/test-db";
import { getProgress } from "./get-progress";
import { HEATMAP_DAYS } from "./get-review-activity";
import { insertLog, insertUserCard, setTimezone } from "./test-rows";

const t = createTestDb();
const DAY = 86_400_000;
const NOW = new Date("2026-03-10T12:00:00Z");

// Two chapters whose ids match exercise chapters in the catalog ("ds", "design"), plus c1..c10
// in chapter "ch", of which c10 is retired below.
const content = [
  ...smallContent(10),
  {
    ...smallContent(0)[0],
    id: "ds",
    order: 2,
    sections: [
      { ...smallContent(0)[0].sections[0], id: "ds-a", chapterId: "ds", cards: ["d1", "d2", "d3"].map((id) => basicCard(id)) },
      { ...smallContent(0)[0].sections[0], id: "ds-b", chapterId: "ds", order: 2, cards: [basicCard("d4")] },
    ],
  },
  {
    ...smallContent(0)[0],
    id: "design",
    order: 3,
    sections: [{ ...smallContent(0)[0].sections[0], id: "design-a", chapterId: "design", cards: ["g1", "g2"].map((id) => basicCard(id)) }],
  },
];

beforeAll(async () => {
  await syncContent(t.db, content);
});
afterAll(() => t.cleanup());

describe("review activity (heatmap) and streaks", () => {
  it("counts reviews and study time per local day over 365 days, streaks over all history", async () => {
    const user = await createUser(t.db);
    const other = await createUser(t.db);
    // 7-day run long ago (outside the heatmap), a 3-day run, a gap on 03-04, then 5 days to yesterday.
    for (let d = 1; d <= 7; d++) await insertLog(t.db, user.id, { day: `2025-01-0${d}` });
    for (const day of ["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08"]) await insertLog(t.db, user.id, { day });
    await insertLog(t.db, user.id, { day: "2026-03-09", durationMs: 1000 });
    await insertLog(t.db, user.id, { day: "2026-03-09", durationMs: 2000 });
    await insertLog(t.db, user.id, { day: "2026-03-09", durationMs: null });
    await insertLog(t.db, other.id, { day: "2026-03-10" }); // someone else's review today

    const { activity } = await getProgress(t.db, user.id, NOW);
    expect(activity.today).toBe("2026-03-10");
    expect(activity.days).toHaveLength(HEATMAP_DAYS);
    expect(activity.days[0].day).toBe("2025-03-11");
    expect(activity.days.at(-1)).toEqual({ day: "2026-03-10", reviews: 0, durationMs: 0 });
    expect(activity.days.find((d) => d.day === "2026-03-09")).toEqual({ day: "2026-03-09", reviews: 3, durationMs: 3000 });
    expect(activity.days.find((d) => d.day === "2026-03-04")).toEqual({ day: "2026-03-04", reviews: 0, durationMs: 0 });
    // 7 single-review days at 5 s + the 3 reviews of 03-09; 2025-01 is outside the window.
    expect(activity.totals).toEqual({ reviews: 10, durationMs: 7 * 5000 + 3000, activeDays: 8 });
    expect(activity.current).toBe(5); // 03-05..03-09, alive until midnight
    expect(activity.longest).toBe(7); // January 2025

    await insertLog(t.db, user.id, { day: "2026-03-10" });
    const after = await getProgress(t.db, user.id, NOW);
    expect(after.activity.current).toBe(6);
    expect(after.activity.days.at(-1)?.reviews).toBe(1);
  });

  it("uses the user's time zone for today", async () => {
    const user = await createUser(t.db);
    await setTimezone(t.db, user.id, "America/New_York");
    await insertLog(t.db, user.id, { day: "2026-03-09" });
    // 03:00 UTC on the 10th is still the evening of the 9th in New York.
    const { activity, timezone } = await getProgress(t.db, user.id, new Date("2026-03-10T03:00:00Z"));
    expect(timezone).toBe("America/New_York");
    expect(activity.today).toBe("2026-03-09");
    expect(activity.days.at(-1)).toEqual({ day: "2026-03-09", reviews: 1, durationMs: 5000 });
    expect(activity.current).toBe(1);
  });
});

describe("forecast", () => {
  it("buckets due cards into 30 local days, overdue counted today", async () => {
    const user = await createUser(t.db);
    await insertUserCard(t.db, user.id, "c1", { due: new Date("2026-03-01T08:00:00Z") }); // overdue → today
    await insertUserCard(t.db, user.id, "c2", { state: State.Learning, due: new Date("2026-03-10T18:00:00Z") }); // later today
    await insertUserCard(t.db, user.id, "c3", { due: new Date("2026-03-11T00:00:00Z") }); // tomorrow's first instant
    await insertUserCard(t.db, user.id, "c4", { state: State.Relearning, due: new Date("2026-03-11T23:59:00Z") });
    await insertUserCard(t.db, user.id, "c5", { due: new Date("2026-04-08T23:00:00Z") }); // day 29, the last
    await insertUserCard(t.db, user.id, "c6", { due: new Date("2026-04-09T00:00:00Z") }); // beyond the horizon
    await insertUserCard(t.db, user.id, "c7", { due: new Date("2026-03-10T13:00:00Z"), suspended: true });
    await insertUserCard(t.db, user.id, "c8", { state: State.New, due: new Date("2026-03-10T00:00:00Z"), buriedUntil: new Date("2026-03-11T00:00:00Z") });

    const { forecast } = await getProgress(t.db, user.id, NOW);
    expect(forecast.days).toHaveLength(30);
    expect(forecast.days[0]).toEqual({ day: "2026-03-10", due: 2 });
    expect(forecast.days[1]).toEqual({ day: "2026-03-11", due: 2 });
    expect(forecast.days[29]).toEqual({ day: "2026-04-08", due: 1 });
    expect(forecast.days.reduce((n, d) => n + d.due, 0)).toBe(5);
    expect(forecast.overdue).toBe(1);
  });

  it("splits days at the user's midnight", async () => {
    const user = await createUser(t.db);
    await setTimezone(t.db, user.id, "Asia/Tokyo"); // UTC+9, no DST
    await insertUserCard(t.db, user.id, "c1", { due: new Date("2026-03-11T14:00:00Z") }); // 23:00 on the 11th in Tokyo
    await insertUserCard(t.db, user.id, "c2", { due: new Date("2026-03-11T15:00:00Z") }); // 00:00 on the 12th
    const { forecast } = await getProgress(t.db, user.id, new Date("2026-03-10T20:00:00Z")); // 05:00 on the 11th
    expect(forecast.days[0]).toEqual({ day: "2026-03-11", due: 1 });
    expect(forecast.days[1]).toEqual({ day: "2026-03-12", due: 1 });
    expect(forecast.overdue).toBe(0);
  });
});

describe("true retention", () => {
  it("counts passing grades of Review-state reviews, young and mature apart", async () => {
    const user = await createUser(t.db);
    const day = "2026-03-09";
    for (const rating of [3, 3, 1, 2]) await insertLog(t.db, user.id, { day, rating, scheduledDays: 5 }); // young: 3/4
    await insertLog(t.db, user.id, { day, rating: 3, scheduledDays: 21 }); // mature from 21 days
    await insertLog(t.db, user.id, { day, rating: 1, scheduledDays: 40 });
    await insertLog(t.db, user.id, { day: "2026-01-29", rating: 4, scheduledDays: 30, review: new Date(NOW.getTime() - 40 * DAY) }); // mature, 40 days ago
    await insertLog(t.db, user.id, { day, rating: 1, state: State.Learning }); // learning steps don't count
    await insertLog(t.db, user.id, { day, rating: 1, state: State.New });
    await insertLog(t.db, user.id, { day, rating: 1, state: State.Relearning });

    const { retention } = await getProgress(t.db, user.id, NOW);
    expect(retention.allTime.young).toEqual({ reviews: 4, passed: 3, rate: 0.75 });
    expect(retention.allTime.mature).toEqual({ reviews: 3, passed: 2, rate: 2 / 3 });
    expect(retention.allTime.total).toEqual({ reviews: 7, passed: 5, rate: 5 / 7 });
    expect(retention.last30Days.mature).toEqual({ reviews: 2, passed: 1, rate: 0.5 });
    expect(retention.last30Days.young).toEqual({ reviews: 4, passed: 3, rate: 0.75 });
  });

  it("has no rate without reviews", async () => {
    const user = await createUser(t.db);
    const { retention } = await getProgress(t.db, user.id, NOW);
    expect(retention.allTime.total).toEqual({ reviews: 0, passed: 0, rate: null });
  });
});

describe("card states", () => {
  it("counts live cards by state; suspended apart; new includes rows still in state New", async () => {
    const user = await createUser(t.db);
    const fresh = await createUser(t.db);
    await insertUserCard(t.db, user.id, "c1");
    await insertUserCard(t.db, user.id, "c2");
    await insertUserCard(t.db, user.id, "c3", { state: State.Learning });
    await insertUserCard(t.db, user.id, "c4", { state: State.Relearning });
    await insertUserCard(t.db, user.id, "c5", { suspended: true });
    await insertUserCard(t.db, user.id, "c6", { state: State.New, suspended: true });
    await insertUserCard(t.db, user.id, "c7", { state: State.New, buriedUntil: new Date("2026-03-11T00:00:00Z") });
    await insertUserCard(t.db, user.id, "d1", { state: State.Review, scheduledDays: 30 });

    const { states } = await getProgress(t.db, user.id, NOW);
    // 16 live cards: c1..c10, d1..d4, g1, g2.
    expect(states).toEqual({ new: 9, learning: 1, review: 3, relearning: 1, suspended: 2, total: 16 });
    expect((await getProgress(t.db, fresh.id, NOW)).states).toEqual({ new: 16, learning: 0, review: 0, relearning: 0, suspended: 0, total: 16 });
  });
});

describe("chapter mastery", () => {
  it("averages retrievability now, counts mature cards and solved exercises per chapter", async () => {
    const user = await createUser(t.db);
    // At t = stability days since the last review FSRS recall probability is exactly 90 %.
    await insertUserCard(t.db, user.id, "d1", { stability: 10, lastReview: new Date(NOW.getTime() - 10 * DAY), scheduledDays: 25 });
    await insertUserCard(t.db, user.id, "d2", { stability: 5, lastReview: NOW, scheduledDays: 3 }); // just reviewed: 100 %
    await insertUserCard(t.db, user.id, "d3", { state: State.New, lastReview: null, buriedUntil: new Date("2026-03-11T00:00:00Z") }); // not reviewed
    await insertUserCard(t.db, user.id, "g1", { state: State.Learning, stability: 2, lastReview: new Date(NOW.getTime() - 2 * DAY) });
    await insertUserCard(t.db, user.id, "g2", { stability: 40, lastReview: new Date(NOW.getTime() - 40 * DAY), scheduledDays: 21, suspended: true });
    const solve = (exerciseId: string, status: string) => t.db.exerciseProgress.create({ data: { userId: user.id, exerciseId, code: "", status } });
    await solve("lru-cache", "solved");
    await solve("skip-list", "solved");
    await solve("b-tree", "attempted");
    await solve("leaderboard", "solved");
    await solve("no-such-exercise", "solved");

    const { chapters } = await getProgress(t.db, user.id, NOW);
    const byId = new Map(chapters.map((c) => [c.id, c]));
    expect(chapters.map((c) => c.id)).toEqual(["ch", "ds", "design"]);
    const total = (chapter: string) => listExercises().filter((e) => e.chapter === chapter).length;

    const ds = byId.get("ds")!;
    expect(ds).toMatchObject({ cards: 4, reviewed: 2, mature: 1, exercisesSolved: 2, exercisesTotal: total("ds") });
    expect(ds.retrievability).toBeCloseTo(0.95, 6);
    const design = byId.get("design")!;
    expect(design).toMatchObject({ cards: 2, reviewed: 2, mature: 1, exercisesSolved: 1, exercisesTotal: total("design") });
    expect(design.retrievability).toBeCloseTo(0.9, 6);
    expect(byId.get("ch")).toMatchObject({ cards: 10, reviewed: 0, retrievability: null, mature: 0, exercisesSolved: 0 });
    expect(total("ds")).toBeGreaterThanOrEqual(2);
  });
});

describe("quiz scores", () => {
  it("lists finished quizzes oldest first with correct / length", async () => {
    const user = await createUser(t.db);
    const other = await createUser(t.db);
    const quiz = (userId: string, finishedAt: Date | null, correctCount: number, length: number) =>
      t.db.quiz.create({ data: { userId, mode: "practice", chapterIds: "[]", length, startedAt: new Date("2026-03-01T00:00:00Z"), finishedAt, answeredCount: length, correctCount } });
    await quiz(user.id, new Date("2026-03-05T10:00:00Z"), 8, 10);
    await quiz(user.id, new Date("2026-03-02T10:00:00Z"), 5, 10);
    await quiz(user.id, null, 3, 10); // unfinished
    await quiz(other.id, new Date("2026-03-03T10:00:00Z"), 10, 10);

    const { quizzes } = await getProgress(t.db, user.id, NOW);
    expect(quizzes.map((q) => [q.finishedAt, q.correct, q.length, q.score])).toEqual([
      ["2026-03-02T10:00:00.000Z", 5, 10, 0.5],
      ["2026-03-05T10:00:00.000Z", 8, 10, 0.8],
    ]);
  });
});

describe("retired content", () => {
  it("leaves retired cards out of states, forecast and mastery", async () => {
    const user = await createUser(t.db);
    await insertUserCard(t.db, user.id, "c10", { due: new Date("2026-03-01T00:00:00Z"), scheduledDays: 30, lastReview: NOW, stability: 30 });
    const before = await getProgress(t.db, user.id, NOW);
    expect(before.states.review).toBe(1);
    expect(before.forecast.days[0].due).toBe(1);
    // Retire c10 by syncing content without it.
    await syncContent(t.db, [{ ...content[0], sections: [{ ...content[0].sections[0], cards: content[0].sections[0].cards.slice(0, 9) }] }, content[1], content[2]]);
    const after = await getProgress(t.db, user.id, NOW);
    expect(after.states).toMatchObject({ review: 0, total: 15, new: 15 });
    expect(after.forecast.days[0].due).toBe(0);
    expect(after.chapters.find((c) => c.id === "ch")).toMatchObject({ cards: 9, reviewed: 0 });
  });
});
