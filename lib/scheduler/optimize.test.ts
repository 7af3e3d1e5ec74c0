import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { getJob } from "../jobs/get-job";
import { getSettings } from "../settings/get-settings";
import { createUser, seedManyCards } from "../test/fixtures";
import { createTestDb } from "../test/test-db";
import { adoptParameters } from "./adopt-parameters";
import { getOptimizeOffer } from "./get-optimize-offer";
import { getOptimizerStatus } from "./get-optimizer-status";
import { getSimulationInput } from "./get-simulation-input";
import { simulateRetention } from "./simulate-retention";
import { MIN_REVIEWS_TO_OPTIMIZE, optimizeResultSchema, type OptimizeResult } from "./optimize-result";
import { revertParameters } from "./revert-parameters";
import { seedSyntheticLearner } from "./seed-synthetic-learner";
import { startOptimize } from "./start-optimize";
import { SYNTHETIC_TRUE_WEIGHTS } from "./synthetic-learner";

// The synthetic learner: 2,000 cards over 6 months, answers drawn from FSRS with
// non-default weights, a fixed seed.
const CARDS = 2000;
const DAYS = 180;
const NOW = new Date("2026-07-01T06:00:00Z");
const cardIds = Array.from({ length: CARDS }, (_, i) => `s${i}`);

const t = createTestDb();
const db = t.db;
let userId = "";
let result: OptimizeResult;

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  let clock = performance.now();
  const lap = () => {
    const ms = Math.round(performance.now() - clock);
    clock = performance.now();
    return ms;
  };
  await seedManyCards(db, cardIds);
  userId = (await createUser(db)).id;
  const seedMs = lap();
  const start = new Date(NOW.getTime() - DAYS * 86_400_000);
  const seeded = await seedSyntheticLearner(db, userId, cardIds, { days: DAYS, seed: 12, newPerDay: 20, start });
  console.log(`synthetic learner: ${seeded.cards} cards, ${seeded.reviews} reviews over ${DAYS} days (content ${seedMs} ms, history ${lap()} ms)`);
}, 120_000);
afterAll(() => t.cleanup());

describe("optimize my scheduler", () => {
  it("is offered to a learner with enough history who never ran it", async () => {
    const status = await getOptimizerStatus(db, userId);
    expect(status).toMatchObject({ offer: true, adopted: false, canRevert: false, optimizedAt: null, latestJobId: null, minimum: MIN_REVIEWS_TO_OPTIMIZE });
    expect(status.reviews).toBeGreaterThan(MIN_REVIEWS_TO_OPTIMIZE);
    expect(await getOptimizeOffer(db, userId)).toBe(true);
  });

  it("fits weights that predict the learner's held-out reviews better than the defaults", async () => {
    const started = performance.now();
    const { jobId, finished } = await startOptimize(db, userId);
    // the request path returns before the fit: the job is running
    expect((await getJob(db, userId, "optimize", jobId, optimizeResultSchema)).status).toBe("running");
    await finished;
    const job = await getJob(db, userId, "optimize", jobId, optimizeResultSchema);
    expect(job.status).toBe("done");
    result = job.result!;
    console.log(
      `optimizer on ${result.reviews} long-term reviews, ${Math.round(performance.now() - started)} ms:\n` +
        `  defaults: log loss ${result.current.logLoss.toFixed(4)}, RMSE(bins) ${result.current.rmseBins.toFixed(4)}\n` +
        `  fitted:   log loss ${result.fitted.logLoss.toFixed(4)}, RMSE(bins) ${result.fitted.rmseBins.toFixed(4)}\n` +
        `  fitted weights ${result.fitted.parameters.map((w) => w.toFixed(3)).join(", ")}\n` +
        `  true weights   ${SYNTHETIC_TRUE_WEIGHTS.join(", ")}`,
    );
    expect(result.fitted.logLoss).toBeLessThan(result.current.logLoss);
    expect(result.fitted.rmseBins).toBeLessThan(result.current.rmseBins);
    expect(result.better).toBe(true);
    expect(result.fitted.parameters).toHaveLength(21);
  }, 120_000);

  it("is not offered again until a month has passed with enough new reviews", async () => {
    const status = await getOptimizerStatus(db, userId);
    expect(status.offer).toBe(false);
    expect(status.optimizedAt).not.toBeNull();
    // a month later, but the synthetic history ended before the run: no new reviews
    const monthOn = new Date(Date.now() + 31 * 86_400_000);
    expect((await getOptimizerStatus(db, userId, monthOn)).offer).toBe(false);
    expect(await getOptimizeOffer(db, userId)).toBe(false);
    expect(await getOptimizeOffer(db, userId, monthOn)).toBe(false);
  });

  it("adopting reschedules cards from their history and leaves every log row as it was", async () => {
    const logBefore = await db.reviewLog.findMany({ where: { userId }, orderBy: { id: "asc" } });
    const cardsBefore = new Map((await db.userCard.findMany({ where: { userId } })).map((c) => [c.cardId, c]));
    const adopted = await adoptParameters(db, userId, { parameters: result.fitted.parameters }, NOW);
    expect((await getSettings(db, userId)).fsrsWeights).toEqual(result.fitted.parameters);
    const cardsAfter = await db.userCard.findMany({ where: { userId } });
    const moved = cardsAfter.filter((c) => c.due.getTime() !== cardsBefore.get(c.cardId)!.due.getTime()).length;
    console.log(`adoption rescheduled ${adopted.rescheduled.cards} cards; ${moved} got a new due date`);
    expect(adopted.rescheduled.cards).toBe(CARDS);
    expect(moved).toBeGreaterThan(CARDS / 2);
    // the memory state now comes from the fitted weights; reps and history are unchanged
    expect(cardsAfter.every((c) => c.reps === cardsBefore.get(c.cardId)!.reps)).toBe(true);
    expect(await db.reviewLog.findMany({ where: { userId }, orderBy: { id: "asc" } })).toEqual(logBefore);
  }, 120_000);

  it("reverts to the weights in use before, once", async () => {
    const logCount = await db.reviewLog.count({ where: { userId } });
    const reverted = await revertParameters(db, userId, NOW);
    expect(reverted.parameters).toBeNull();
    expect((await getSettings(db, userId)).fsrsWeights).toBeNull();
    expect(await db.reviewLog.count({ where: { userId } })).toBe(logCount);
    expect((await errorOf(revertParameters(db, userId, NOW))).code).toBe("NOTHING_TO_REVERT");
  }, 120_000);

  it("adopts only weights an optimizer run found better", async () => {
    const made_up = [...result.fitted.parameters];
    made_up[8] += 0.5;
    expect((await errorOf(adoptParameters(db, userId, { parameters: made_up }, NOW))).code).toBe("NOT_A_BETTER_FIT");
    expect((await errorOf(adoptParameters(db, userId, { parameters: [1, 2, 3] }, NOW))).code).toBe("INVALID_INPUT");
  });

  it("feeds the retention simulator with the learner's cards, weights and pace", async () => {
    const input = await getSimulationInput(db, userId, NOW);
    expect(input.cards).toHaveLength(CARDS);
    expect(input.newCards).toBe(0);
    expect(input.secondsPerReview).toBe(8);
    expect(input.w).toHaveLength(21);
    const [low, high] = [simulateRetention(input, 0.7, 90), simulateRetention(input, 0.97, 90)];
    const total = (s: typeof low) => s.reviewsPerDay.reduce((a, b) => a + b, 0);
    console.log(`simulator on the synthetic learner: 0.70 → ${total(low)} reviews in 90 days, ${(low.remembered * 100).toFixed(1)}% remembered; 0.97 → ${total(high)}, ${(high.remembered * 100).toFixed(1)}%`);
    expect(total(high)).toBeGreaterThan(total(low));
    expect(high.remembered).toBeGreaterThan(low.remembered);
  });

  it("explains, with the number, why it cannot fit a short history", async () => {
    const newcomer = await createUser(db);
    const error = await errorOf(startOptimize(db, newcomer.id));
    expect(error.code).toBe("NOT_ENOUGH_REVIEWS");
    expect(error.status).toBe(409);
    expect(error.message).toContain(String(MIN_REVIEWS_TO_OPTIMIZE));
    expect(error.message).toContain("you have 0");
    expect(await getOptimizeOffer(db, newcomer.id)).toBe(false);
  });
});
