import { seededRandom } from "../random/seeded-random";

export type BalanceInput = {
  /** The fuzz range ts-fsrs would draw the interval from, in whole days (inclusive). */
  minIvl: number;
  maxIvl: number;
  /** Cards already due on the day `minIvl + i` days from today, for each day of the range. */
  dueCounts: readonly number[];
  /** Load factor of each candidate day's weekday (1 normal, 0.5 light, 0 avoid), same order. */
  weights: readonly number[];
  /** Whether to look at the due counts at all (load balancing on); off, only easy days count. */
  balanceLoad: boolean;
  /** The fuzz seed, so the tie-break is as deterministic as ts-fsrs's own fuzz. */
  seed: number;
};

/**
 * Anki 24.11's load balancer, deterministic: within the fuzz range, the day whose due count,
 * scaled by its weekday's load factor, is lowest. A light day (factor 0.5) counts its cards
 * double, so it gets half the load in proportion; a factor of 0 is used only when every day
 * of the range has it. Ties (all days equal, e.g. balancing off and no easy days) are broken
 * by the seed, so without easy days and balancing the choice is as random as the fuzz.
 */
export function pickBalancedInterval(input: BalanceInput): number {
  const { minIvl, maxIvl, dueCounts, weights, balanceLoad } = input;
  const days = maxIvl - minIvl + 1;
  if (days <= 1) return minIvl;
  const usable = weights.some((w) => w > 0);
  // One extra card on each day, so an empty light day still ranks below an empty normal one.
  const score = (i: number) => (usable && weights[i] === 0 ? Infinity : ((balanceLoad ? dueCounts[i] : 0) + 1) / (usable ? weights[i] : 1));
  const random = seededRandom(input.seed);
  let best = -1;
  let bestScore = Infinity;
  let bestTie = 0;
  for (let i = 0; i < days; i++) {
    const s = score(i);
    const tie = random();
    if (best === -1 || s < bestScore || (s === bestScore && tie < bestTie)) {
      best = i;
      bestScore = s;
      bestTie = tie;
    }
  }
  return minIvl + best;
}

/** A 32-bit FNV-1a hash: ts-fsrs's fuzz seed string as a number for seededRandom. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
