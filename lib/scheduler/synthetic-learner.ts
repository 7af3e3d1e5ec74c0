import { createEmptyCard, fsrs, generatorParameters, type Card, type FSRSState, type Grade, type ReviewLog } from "ts-fsrs";
import { seededRandom } from "../random/seeded-random";
import type { SchedulerSnapshot } from "../review/scheduler";

/**
 * A learner whose memory follows FSRS with these weights, deliberately far from ts-fsrs's
 * defaults (faster forgetting, a steeper curve, smaller gains from a success), so that
 * a fit to their history has something to find.
 */
export const SYNTHETIC_TRUE_WEIGHTS: readonly number[] = [
  0.1, 0.6, 1.2, 4.5, 6.8, 0.6, 2.2, 0.01, 1.0, 0.25, 1.2, 1.9, 0.08, 0.35, 1.2, 0.4, 2.4, 0.5, 0.1, 0.05, 0.6,
];

/** What the synthetic learner was scheduled with: the app's defaults, one review a day at most. */
export const SYNTHETIC_SNAPSHOT: SchedulerSnapshot = {
  request_retention: 0.9,
  maximum_interval: 36500,
  enable_fuzz: true,
  enable_short_term: false,
  learning_steps: [],
  relearning_steps: [],
};

export type SyntheticReview = { cardIndex: number; rating: Grade; review: Date; log: ReviewLog; prevDue: Date; cardAfter: Card };

/** The true memory of a card (FSRS state under the true weights) and the day it was last reviewed. */
export type TrueMemory = { state: FSRSState; day: number };

export type SyntheticHistory = { reviews: SyntheticReview[]; cards: Map<number, Card>; memory: Map<number, TrueMemory> };

export type SyntheticOptions = { cards: number; days: number; seed: number; newPerDay: number; start: Date; scheduleWeights?: readonly number[] };

const DAY_MS = 86_400_000;

/**
 * Simulates `days` days of study: each day the learner sits once (at a random hour), reviews
 * every due card and up to `newPerDay` new ones. Whether they recall a card is drawn from the
 * true model's retrievability; the schedule comes from the app's scheduler (default weights
 * unless `scheduleWeights`), exactly as if they had used the app.
 */
export function simulateSyntheticLearner(options: SyntheticOptions): SyntheticHistory {
  const random = seededRandom(options.seed);
  const truth = fsrs(generatorParameters({ w: [...SYNTHETIC_TRUE_WEIGHTS], enable_short_term: false }));
  const scheduler = fsrs(generatorParameters({ ...SYNTHETIC_SNAPSHOT, w: [...(options.scheduleWeights ?? generatorParameters().w)] }));
  const memory = new Map<number, TrueMemory>();
  const cards = new Map<number, Card>();
  const reviews: SyntheticReview[] = [];
  let introduced = 0;

  const firstRating = (): Grade => {
    const u = random();
    return (u < 0.25 ? 1 : u < 0.35 ? 2 : u < 0.9 ? 3 : 4) as Grade;
  };
  const recalledRating = (): Grade => {
    const u = random();
    return (u < 0.12 ? 2 : u < 0.92 ? 3 : 4) as Grade;
  };

  for (let day = 0; day < options.days; day++) {
    const session = new Date(options.start.getTime() + day * DAY_MS + (8 + Math.floor(random() * 12)) * 3_600_000);
    const due = [...cards.entries()].filter(([, card]) => card.due <= session).map(([index]) => index);
    const fresh: number[] = [];
    for (let n = 0; n < options.newPerDay && introduced < options.cards; n++) fresh.push(introduced++);
    for (const [k, index] of [...due, ...fresh].entries()) {
      const when = new Date(session.getTime() + k * 10_000);
      const known = memory.get(index);
      let rating: Grade;
      if (!known) rating = firstRating();
      else {
        const recall = truth.forgetting_curve(day - known.day, known.state.stability);
        rating = random() < recall ? recalledRating() : (1 as Grade);
      }
      const elapsed = known ? day - known.day : 0;
      memory.set(index, { state: truth.next_state(known?.state ?? null, elapsed, rating), day });
      const before = cards.get(index) ?? createEmptyCard<Card>(when);
      const { card, log } = scheduler.next(before, when, rating);
      cards.set(index, card);
      reviews.push({ cardIndex: index, rating, review: when, log, prevDue: before.due, cardAfter: card });
    }
  }
  return { reviews, cards, memory };
}
