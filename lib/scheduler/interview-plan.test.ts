import { randomUUID } from "node:crypto";
import { fsrs, generatorParameters, type Grade } from "ts-fsrs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db";
import { AppError } from "../errors";
import { seededRandom } from "../random/seeded-random";
import { getQueue } from "../review/get-queue";
import { submitReview } from "../review/submit-review";
import { getSettings } from "../settings/get-settings";
import { updateSettings } from "../settings/update-settings";
import { createUser, seedManyCards } from "../test/fixtures";
import { createTestDb } from "../test/test-db";
import { dayKey } from "../time/day";
import { getReadiness } from "./get-readiness";
import { planInterview } from "./plan-interview";
import { seedSyntheticLearner } from "./seed-synthetic-learner";
import { SYNTHETIC_TRUE_WEIGHTS, type TrueMemory } from "./synthetic-learner";

const DAY_MS = 86_400_000;
const CARDS = 400;
const HISTORY_DAYS = 120;
const CAP = 15;
const TARGET = 0.95;
const NOW = new Date("2026-09-01T06:00:00Z");
const INTERVIEW = dayKey(new Date(NOW.getTime() + 30 * DAY_MS), "UTC");
const cardIds = Array.from({ length: CARDS }, (_, i) => `iv${i}`);

/**
 * A learner with four months of history (scheduled at 0.90) raises the desired retention to
 * 0.95 for an interview 30 days out. For 30 days they do every card the queue shows; their
 * answers are drawn from the synthetic learner's true memory (fixed seed). Returns the cards
 * pulled forward each day and the readiness read on the interview morning.
 */
async function studyThirtyDays(db: Db, interview: boolean) {
  const userId = (await createUser(db)).id;
  const seeded = await seedSyntheticLearner(db, userId, cardIds, { days: HISTORY_DAYS, seed: 21, newPerDay: 10, start: new Date(NOW.getTime() - HISTORY_DAYS * DAY_MS) });
  const memory = new Map<string, TrueMemory>([...seeded.memory].map(([i, m]) => [cardIds[i], m]));
  const truth = fsrs(generatorParameters({ w: [...SYNTHETIC_TRUE_WEIGHTS], enable_short_term: false }));
  const random = seededRandom(99);
  await updateSettings(db, userId, { desiredRetention: TARGET, newPerDay: 0, reviewsPerDay: 9999, timezone: "UTC" }, NOW);
  if (interview) await updateSettings(db, userId, { interviewDate: INTERVIEW, interviewScope: ["ch"], interviewDailyCap: CAP }, NOW);
  const pulledPerDay: number[] = [];
  let reviews = 0;
  for (let day = 0; day < 30; day++) {
    let t = new Date(NOW.getTime() + day * DAY_MS + 3 * 3_600_000);
    for (let idle = 0; idle < 3; ) {
      const queue = await getQueue(db, userId, { limit: 500, now: t });
      if (queue.cards.length === 0) {
        idle++;
        t = new Date(t.getTime() + 11 * 60_000); // relearning steps come back within minutes
        continue;
      }
      for (const card of queue.cards) {
        const known = memory.get(card.cardId)!;
        const today = HISTORY_DAYS + day;
        const rating = (random() < truth.forgetting_curve(today - known.day, known.state.stability) ? 3 : 1) as Grade;
        memory.set(card.cardId, { state: truth.next_state(known.state, today - known.day, rating), day: today });
        await submitReview(db, userId, { reviewId: randomUUID(), cardId: card.cardId, rating }, t);
        reviews++;
        t = new Date(t.getTime() + 5_000);
      }
    }
    const settings = await getSettings(db, userId);
    pulledPerDay.push(settings.interviewPlanStamp?.startsWith(dayKey(t, "UTC")) ? settings.interviewPulled : 0);
  }
  // Readiness is read for the same date either way (the baseline sets it only now).
  if (!interview) await updateSettings(db, userId, { interviewDate: INTERVIEW }, NOW);
  const readiness = await getReadiness(db, userId, new Date(`${INTERVIEW}T07:00:00Z`));
  return { pulledPerDay, readiness, reviews };
}

const t = createTestDb();
const db = t.db;
beforeAll(() => seedManyCards(db, cardIds), 60_000);
afterAll(() => t.cleanup());

describe("interview plan", () => {
  it("pulls the lowest-recall cards forward onto the latest days with room, never above the cap", () => {
    const day0 = new Date("2026-01-01T00:00:00Z");
    const interviewStart = new Date(day0.getTime() + 3 * DAY_MS);
    const card = (id: string, stability: number, lastDaysAgo: number, dueInDays: number) => ({
      id,
      stability,
      lastReview: new Date(day0.getTime() - lastDaysAgo * DAY_MS),
      due: new Date(day0.getTime() + dueInDays * DAY_MS),
    });
    const cards = [
      card("weak", 5, 5, 4), // recall on the date well below 0.9
      card("weaker", 3, 5, 4),
      card("fine", 100, 1, 40), // far above the target
      card("due-before", 1, 5, 1), // due before the date: reviewed anyway
      card("weak2", 6, 5, 5),
    ];
    const base = { todayStart: day0, interviewStart, w: generatorParameters().w, target: 0.9, cap: 1, pulledToday: 0, dueCounts: [0, 0, 0], reviewsPerDay: 100 };
    const plan = planInterview({ ...base, cards });
    expect(plan.atRisk).toBe(3);
    // Lowest recall first, each onto the latest day with room: day 2, then 1, then 0.
    expect(plan.pulls.map((p) => [p.id, p.day])).toEqual([["weaker", 2], ["weak", 1], ["weak2", 0]]);
    // Today's room is what is left of the cap; a full day (review limit) is avoided while others have room.
    expect(planInterview({ ...base, cards, pulledToday: 1 }).unplanned).toBe(1);
    expect(planInterview({ ...base, cards, cap: 3, dueCounts: [0, 0, 100] }).pulls.map((p) => p.day)).toEqual([1, 1, 1]);
    // On the day itself and after it, nothing is planned.
    expect(planInterview({ ...base, cards, todayStart: interviewStart }).pulls).toEqual([]);
  });

  it("refuses a past date and unknown chapters with their own codes", async () => {
    const user = await createUser(db);
    const code = (p: Promise<unknown>) => p.then(() => "ok", (e: AppError) => e.code);
    expect(await code(updateSettings(db, user.id, { interviewDate: "2026-08-31" }, NOW))).toBe("INTERVIEW_DATE_PAST");
    expect(await code(updateSettings(db, user.id, { interviewDate: "2026-02-30" }, NOW))).toBe("INVALID_INPUT");
    expect(await code(updateSettings(db, user.id, { interviewScope: ["ch", "nope"] }, NOW))).toBe("UNKNOWN_CHAPTER");
    expect(await code(updateSettings(db, user.id, { easyDays: [0, 0, 0, 0, 0, 0, 0] }, NOW))).toBe("INVALID_INPUT");
    expect(await updateSettings(db, user.id, { interviewDate: "2026-09-01", interviewScope: ["ch"], interviewDailyCap: 5 }, NOW)).toMatchObject({ interviewDate: "2026-09-01", interviewScope: ["ch"], interviewDailyCap: 5 });
    expect(await updateSettings(db, user.id, { interviewDate: null }, NOW)).toMatchObject({ interviewDate: null });
  });

  it("keeps the selected cards' predicted recall on the date at the desired retention, within the daily cap", async () => {
    const planned = await studyThirtyDays(db, true);
    const baseline = await studyThirtyDays(db, false);
    const total = planned.pulledPerDay.reduce((a, b) => a + b, 0);
    console.log(
      `interview in 30 days, cap ${CAP}/day, target ${TARGET}: mean predicted recall on the date ${planned.readiness.overall!.toFixed(4)} with the plan ` +
        `(${total} cards pulled forward, at most ${Math.max(...planned.pulledPerDay)} a day, ${planned.reviews} reviews), ` +
        `${baseline.readiness.overall!.toFixed(4)} without (${baseline.reviews} reviews)`,
    );
    expect(planned.readiness.chapters).toEqual([expect.objectContaining({ id: "ch", cards: CARDS, studied: CARDS })]);
    expect(planned.readiness.overall).toBeGreaterThanOrEqual(TARGET);
    expect(Math.max(...planned.pulledPerDay)).toBeLessThanOrEqual(CAP);
    expect(total).toBeGreaterThan(0);
    // The plan is what makes the difference: without it the same learner falls short.
    expect(baseline.readiness.overall).toBeLessThan(planned.readiness.overall!);
  }, 600_000);
});
