import { computeDecayFactor, FSRSAlgorithm, generatorParameters, type FSRSState, type Grade } from "ts-fsrs";
import { seededRandom } from "../random/seeded-random";

/**
 * Everything the simulator needs about a learner, compact enough to send to the browser:
 * their weights and limits, each reviewed card as [stability, difficulty, days since its last
 * review, days until due], how many unseen cards remain, how they grade, and how long a
 * review takes them.
 */
export type SimulationInput = {
  w: number[];
  maximumInterval: number;
  newPerDay: number;
  newCards: number;
  cards: [stability: number, difficulty: number, daysSinceReview: number, daysUntilDue: number][];
  secondsPerReview: number;
  /** Shares of Again, Hard, Good, Easy on a card's first review. */
  firstRatings: [number, number, number, number];
  /** Shares of Hard, Good, Easy among successful reviews. */
  recallRatings: [number, number, number];
};

export type SimulationSeries = {
  retention: number;
  /** Reviews on each day from today (relearning steps of forgotten cards included). */
  reviewsPerDay: number[];
  /** The mean probability of recall over every card studied by the last day: the share remembered. */
  remembered: number;
  /** Mean daily study time at the learner's pace. */
  minutesPerDay: number;
};

const draw = (u: number, shares: readonly number[]) => {
  let acc = 0;
  for (const [i, p] of shares.entries()) if (u < (acc += p)) return i;
  return shares.length - 1;
};

/**
 * Forecasts `days` days of reviews if the learner asked for this retention: each due card is
 * recalled with the probability their own FSRS model gives it (seeded, so every retention sees
 * the same luck), rescheduled at that retention, and new cards arrive at their daily pace.
 * Pure and synchronous: it runs on the server and, unchanged, in a browser Web Worker.
 */
export function simulateRetention(input: SimulationInput, retention: number, days: number, seed = 1): SimulationSeries {
  const random = seededRandom(seed);
  const model = new FSRSAlgorithm(generatorParameters({ w: input.w, request_retention: retention, maximum_interval: input.maximumInterval, enable_fuzz: false }));
  // ts-fsrs's forgetting curve with its constants computed once (the method form goes through
  // a parameter proxy and recomputes them on every call: most of the simulator's time)
  const { decay, factor } = computeDecayFactor(input.w);
  const recallAfter = (elapsed: number, s: number) => Math.pow(1 + (factor * elapsed) / s, decay);
  const total = input.cards.length + Math.min(input.newCards, input.newPerDay * days);
  const stability = new Float64Array(total);
  const difficulty = new Float64Array(total);
  const lastDay = new Float64Array(total);
  const dueOn: number[][] = Array.from({ length: days }, () => []);
  const reviewsPerDay = new Array<number>(days).fill(0);
  const schedule = (card: number, day: number) => {
    if (day < days) dueOn[day].push(card);
  };

  for (const [i, [s, d, since, until]] of input.cards.entries()) {
    stability[i] = Math.max(s, 0.01);
    difficulty[i] = Math.min(Math.max(d, 1), 10);
    lastDay[i] = -since;
    schedule(i, Math.max(0, Math.ceil(until)));
  }

  let introduced = input.cards.length;
  for (let day = 0; day < days; day++) {
    for (let n = 0; n < input.newPerDay && introduced < total; n++, introduced++) {
      const grade = (draw(random(), input.firstRatings) + 1) as Grade;
      const state = model.next_state(null, 0, grade);
      stability[introduced] = state.stability;
      difficulty[introduced] = state.difficulty;
      lastDay[introduced] = day;
      reviewsPerDay[day] += grade === 1 ? 2 : 1;
      schedule(introduced, day + (grade === 1 ? 1 : model.next_interval(state.stability, 0)));
    }
    for (const card of dueOn[day]) {
      const elapsed = day - lastDay[card];
      const memory: FSRSState = { stability: stability[card], difficulty: difficulty[card] };
      const recall = recallAfter(elapsed, memory.stability);
      const grade = (random() < recall ? draw(random(), input.recallRatings) + 2 : 1) as Grade;
      const next = model.next_state(memory, elapsed, grade, recall);
      stability[card] = next.stability;
      difficulty[card] = next.difficulty;
      lastDay[card] = day;
      // a forgotten card is relearned the same day, then comes back at the new interval
      reviewsPerDay[day] += grade === 1 ? 2 : 1;
      schedule(card, day + model.next_interval(next.stability, elapsed));
    }
  }

  let recallSum = 0;
  for (let card = 0; card < introduced; card++) recallSum += recallAfter(days - lastDay[card], stability[card]);
  const reviews = reviewsPerDay.reduce((a, b) => a + b, 0);
  return {
    retention,
    reviewsPerDay,
    remembered: introduced > 0 ? recallSum / introduced : 0,
    minutesPerDay: days > 0 ? (reviews * input.secondsPerReview) / 60 / days : 0,
  };
}
