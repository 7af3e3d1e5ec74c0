import type { Db } from "../db";
import { visibleCardWhere } from "../cards/visible-card-where";
import { NEW_CARD_TYPES } from "../review/card-types";
import { FSRS_WEIGHTS } from "../review/scheduler";
import { getSettings } from "../settings/get-settings";
import type { SimulationInput } from "./simulate-retention";

const DAY_MS = 86_400_000;
/** Used until the learner has timed reviews of their own. */
const DEFAULT_SECONDS_PER_REVIEW = 10;

const shares = <T extends number[]>(counts: T, fallback: T): T => {
  const sum = counts.reduce((a, b) => a + b, 0);
  return (sum >= 20 ? counts.map((c) => c / sum) : fallback) as T;
};

/** The learner as the simulator sees them: weights, cards, unseen cards, grading habits, pace. */
export async function getSimulationInput(db: Db, userId: string, now: Date = new Date()): Promise<SimulationInput> {
  const [settings, cards, newCards, recent, ratings] = await Promise.all([
    getSettings(db, userId),
    db.userCard.findMany({
      where: { userId, suspended: false, reps: { gt: 0 }, card: { retiredAt: null } },
      select: { stability: true, difficulty: true, lastReview: true, due: true },
    }),
    db.card.count({ where: { ...visibleCardWhere(userId), retiredAt: null, type: { in: NEW_CARD_TYPES }, userCards: { none: { userId } } } }),
    db.reviewLog.findMany({ where: { userId, durationMs: { not: null } }, select: { durationMs: true }, orderBy: { review: "desc" }, take: 1000 }),
    db.reviewLog.groupBy({ by: ["state", "rating"], where: { userId }, _count: { _all: true } }),
  ]);
  const count = (state: (s: number) => boolean, rating: number) =>
    ratings.filter((r) => state(r.state) && r.rating === rating).reduce((a, r) => a + r._count._all, 0);
  const durations = recent.map((r) => r.durationMs!).filter((ms) => ms > 0 && ms < 600_000);
  const secondsPerReview = durations.length >= 20 ? durations.reduce((a, b) => a + b, 0) / durations.length / 1000 : DEFAULT_SECONDS_PER_REVIEW;
  return {
    w: [...(settings.fsrsWeights ?? FSRS_WEIGHTS)],
    maximumInterval: settings.maximumInterval,
    newPerDay: settings.newPerDay,
    newCards,
    cards: cards.map((c) => [
      c.stability,
      c.difficulty,
      c.lastReview ? Math.max(0, Math.floor((now.getTime() - c.lastReview.getTime()) / DAY_MS)) : 0,
      Math.ceil((c.due.getTime() - now.getTime()) / DAY_MS),
    ]),
    secondsPerReview,
    firstRatings: shares([1, 2, 3, 4].map((g) => count((s) => s === 0, g)) as [number, number, number, number], [0.2, 0.1, 0.6, 0.1]),
    recallRatings: shares([2, 3, 4].map((g) => count((s) => s === 2, g)) as [number, number, number], [0.1, 0.8, 0.1]),
  };
}
