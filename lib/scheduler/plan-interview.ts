import { forgetting_curve } from "ts-fsrs";

const DAY_MS = 86_400_000;

/** An in-scope card in review, as the planner needs it. */
export type PlanCard = { id: string; stability: number; lastReview: Date; due: Date };

export type InterviewPlanInput = {
  cards: readonly PlanCard[];
  /** The start of the user's today and of the interview day (their local midnights). */
  todayStart: Date;
  interviewStart: Date;
  /** The user's FSRS weights and desired retention. */
  w: readonly number[];
  target: number;
  /** At most this many cards pulled forward onto any one day; `pulledToday` are already used today. */
  cap: number;
  pulledToday: number;
  /** Cards already due on each day from today (offset 0) to the day before the interview. */
  dueCounts: readonly number[];
  /** The daily review limit: a card pulled onto a full day would not be shown. */
  reviewsPerDay: number;
};

export type PlannedPull = { id: string; day: number; recall: number };

export type InterviewPlan = { pulls: PlannedPull[]; atRisk: number; unplanned: number };

/** Predicted recall of a card on the interview day if it is not reviewed before (ts-fsrs's forgetting curve). */
export function recallOn(card: { stability: number; lastReview: Date }, day: Date, w: readonly number[]): number {
  const elapsed = Math.max(0, (day.getTime() - card.lastReview.getTime()) / DAY_MS);
  return forgetting_curve(w, elapsed, card.stability);
}

/**
 * Which cards to pull forward, and onto which day, so that every in-scope card's predicted
 * recall on the interview day is at least the target. A card due before the interview will
 * be reviewed anyway (its next interval is planned after that review), so only cards due on
 * or after the interview day can fall short. Those below the target are taken lowest recall
 * first, each onto the latest day before the interview that still has room (a review close to
 * the date leaves the most recall on the date): room is the daily cap on pulls, and a day
 * already at the review limit is used only when no other day has room. Pure: the caller
 * applies today's pulls (day 0) and plans again tomorrow with what today's reviews changed.
 */
export function planInterview(input: InterviewPlanInput): InterviewPlan {
  const days = Math.round((input.interviewStart.getTime() - input.todayStart.getTime()) / DAY_MS);
  if (days <= 0) return { pulls: [], atRisk: 0, unplanned: 0 };
  const atRisk = input.cards
    .filter((c) => c.due.getTime() >= input.interviewStart.getTime())
    .map((c) => ({ id: c.id, recall: recallOn(c, input.interviewStart, input.w) }))
    .filter((c) => c.recall < input.target)
    .sort((a, b) => a.recall - b.recall || (a.id < b.id ? -1 : 1));
  const pulled = Array.from({ length: days }, (_, d) => (d === 0 ? input.pulledToday : 0));
  const capRoom = (d: number) => pulled[d] < input.cap;
  const reviewRoom = (d: number) => (input.dueCounts[d] ?? 0) + pulled[d] < input.reviewsPerDay;
  const pulls: PlannedPull[] = [];
  for (const card of atRisk) {
    let day = -1;
    for (let d = days - 1; d >= 0 && day === -1; d--) if (capRoom(d) && reviewRoom(d)) day = d;
    for (let d = days - 1; d >= 0 && day === -1; d--) if (capRoom(d)) day = d;
    if (day === -1) break;
    pulled[day]++;
    pulls.push({ ...card, day });
  }
  return { pulls, atRisk: atRisk.length, unplanned: atRisk.length - pulls.length };
}
