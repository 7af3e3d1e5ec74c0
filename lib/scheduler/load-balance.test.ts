import { fsrs, generatorParameters, type FSRSState, type Grade } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../random/seeded-random";
import { balanceGrade } from "../review/balance-grade";
import type { CardStateRow } from "../review/card-state";
import { gradeCard } from "../review/grade-card";
import type { UserSettings } from "../settings/get-settings";
import { DEFAULT_SETTINGS } from "../settings/sanitize-settings";
import { pickBalancedInterval } from "./pick-balanced-interval";
import { SYNTHETIC_TRUE_WEIGHTS } from "./synthetic-learner";

const DAY_MS = 86_400_000;
const START = new Date("2026-03-02T00:00:00Z"); // a Monday

const settings = (loadBalance: boolean, easyDays = [1, 1, 1, 1, 1, 1, 1]): UserSettings => ({
  ...DEFAULT_SETTINGS,
  // One review a card a day: the synthetic learner sits once a day.
  learningSteps: "",
  relearningSteps: "",
  timezone: "UTC",
  fsrsWeights: null,
  interviewPlanStamp: null,
  interviewPulled: 0,
  locale: "en",
  showBilingualTerms: false,
  loadBalance,
  easyDays,
});

/**
 * 90 days of the synthetic learner (answers drawn from FSRS with non-default true weights,
 * fixed seed) graded by the app's own gradeCard + balanceGrade; the due counts per day are
 * the ones the grouped query would return. Returns the cards due (reviewed) each day.
 */
function simulate(userSettings: UserSettings, seed = 7, days = 90, cards = 1200, newPerDay = 20) {
  const random = seededRandom(seed);
  const truth = fsrs(generatorParameters({ w: [...SYNTHETIC_TRUE_WEIGHTS], enable_short_term: false }));
  const state = new Map<number, CardStateRow>();
  const memory = new Map<number, { s: FSRSState; day: number }>();
  const dueOnDay = new Map<number, number>();
  const dayOf = (d: Date) => Math.floor((d.getTime() - START.getTime()) / DAY_MS);
  const move = (from: Date | null, to: Date) => {
    if (from) dueOnDay.set(dayOf(from), (dueOnDay.get(dayOf(from)) ?? 0) - 1);
    dueOnDay.set(dayOf(to), (dueOnDay.get(dayOf(to)) ?? 0) + 1);
  };
  const perDay: number[] = [];
  let introduced = 0;
  for (let day = 0; day < days; day++) {
    const session = new Date(START.getTime() + day * DAY_MS + 9 * 3_600_000);
    const due = [...state.entries()].filter(([, c]) => dayOf(c.due) <= day).map(([i]) => i);
    const fresh = Array.from({ length: Math.min(newPerDay, cards - introduced) }, () => introduced++);
    perDay.push(due.length);
    for (const [k, index] of [...due, ...fresh].entries()) {
      const now = new Date(session.getTime() + k * 10_000);
      const known = memory.get(index);
      const rating = (!known ? (random() < 0.25 ? 1 : 3) : random() < truth.forgetting_curve(day - known.day, known.s.stability) ? 3 : 1) as Grade;
      memory.set(index, { s: truth.next_state(known?.s ?? null, known ? day - known.day : 0, rating), day });
      const before = state.get(index) ?? null;
      let graded = gradeCard("u", { reviewId: `${day}-${k}`, cardId: `c${index}`, rating }, before, userSettings, now);
      if (graded.balance) {
        const { minIvl, maxIvl } = graded.balance;
        graded = balanceGrade(graded, Array.from({ length: maxIvl - minIvl + 1 }, (_, i) => dueOnDay.get(day + minIvl + i) ?? 0), userSettings, now);
      }
      move(before?.due ?? null, graded.after.due);
      state.set(index, graded.after);
    }
  }
  return perDay;
}

const stdDev = (xs: number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length);
};

/**
 * The standard deviation of each day's count around its centred 7-day mean: the day-to-day
 * unevenness. The plain standard deviation over 90 days is dominated by the collection
 * growing (20 new cards a day), which no balancer can or should change; across seeds 1-8 it
 * went either way by ±1 card, while this one fell by 23-47 % on every seed.
 */
const dailyUnevenness = (xs: number[]) => {
  const residuals: number[] = [];
  for (let i = 3; i < xs.length - 3; i++) residuals.push(xs[i] - xs.slice(i - 3, i + 4).reduce((a, b) => a + b, 0) / 7);
  return Math.sqrt(residuals.reduce((a, x) => a + x * x, 0) / residuals.length);
};

describe("load balancing", () => {
  it("picks the least-loaded day of the range, light days in proportion, ties by the seed", () => {
    const base = { minIvl: 10, maxIvl: 14, weights: [1, 1, 1, 1, 1], balanceLoad: true, seed: 1 };
    expect(pickBalancedInterval({ ...base, dueCounts: [5, 3, 9, 4, 3] })).toBeOneOf([11, 14]);
    // A half-weight day counts its load double: 3 cards there weigh like 7 elsewhere.
    expect(pickBalancedInterval({ ...base, dueCounts: [9, 3, 9, 9, 9], weights: [1, 0.5, 1, 1, 1] })).toBe(11);
    expect(pickBalancedInterval({ ...base, dueCounts: [9, 5, 9, 9, 9], weights: [1, 0.5, 1, 1, 1] })).not.toBe(11);
    // A zero day is never used while another day exists.
    expect(pickBalancedInterval({ ...base, dueCounts: [9, 0, 9, 9, 9], weights: [1, 0, 1, 1, 1] })).not.toBe(11);
    // Balancing off: the counts do not matter, the seed decides, the same way each time.
    const off = { ...base, balanceLoad: false, dueCounts: [0, 50, 50, 50, 50] };
    expect(pickBalancedInterval(off)).toBe(pickBalancedInterval(off));
    const picks = new Set(Array.from({ length: 40 }, (_, seed) => pickBalancedInterval({ ...off, seed })));
    expect(picks.size).toBeGreaterThan(2);
  });

  it("makes the daily load smoother over 90 days of the synthetic learner (same seed)", () => {
    const off = simulate(settings(false));
    const on = simulate(settings(true));
    const [sdOff, sdOn] = [dailyUnevenness(off), dailyUnevenness(on)];
    console.log(
      `daily due counts over 90 days (mean ${(off.reduce((a, b) => a + b, 0) / 90).toFixed(1)} off, ${(on.reduce((a, b) => a + b, 0) / 90).toFixed(1)} on): ` +
        `std dev around the weekly mean ${sdOff.toFixed(2)} without balancing, ${sdOn.toFixed(2)} with; plain std dev ${stdDev(off).toFixed(2)} vs ${stdDev(on).toFixed(2)}`,
    );
    expect(sdOn).toBeLessThan(sdOff * 0.85);
  });

  it("keeps light days light: weekends at 0.5 get fewer cards than weekdays", () => {
    const perDay = simulate(settings(true, [0.5, 1, 1, 1, 1, 1, 0.5]));
    const mean = (keep: (weekday: number) => boolean) => {
      const xs = perDay.slice(30).filter((_, i) => keep((i + 30 + 1) % 7)); // START is a Monday (weekday 1)
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    const weekend = mean((w) => w === 0 || w === 6);
    const weekday = mean((w) => w !== 0 && w !== 6);
    console.log(`easy days (Sat/Sun 0.5), days 30-89: ${weekend.toFixed(1)} cards on a weekend day, ${weekday.toFixed(1)} on a weekday`);
    expect(weekend).toBeLessThan(weekday * 0.8);
  });
});
