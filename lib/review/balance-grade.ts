import { pickBalancedInterval } from "../scheduler/pick-balanced-interval";
import type { UserSettings } from "../settings/get-settings";
import { dayKey } from "../time/day";
import { cardStateJson } from "./card-state";
import type { GradedCard } from "./grade-card";

const DAY_MS = 86_400_000;

/** The weekday (0 = Sunday) of the user's calendar day `days` days after `now`. */
export function localWeekday(now: Date, days: number, timezone: string): number {
  return new Date(`${dayKey(new Date(now.getTime() + days * DAY_MS), timezone)}T00:00:00Z`).getUTCDay();
}

/**
 * Moves a graded card's due date to the day load balancing and easy days pick within its fuzz
 * range. `dueCounts[i]` is how many cards are already due `balance.minIvl + i` days from today
 * (one grouped query, see readDueLoad). The chosen date is recorded on the log row
 * (`chosenDue`): it depends on other cards, so replay cannot recompute it from this card's log.
 */
export function balanceGrade(graded: GradedCard, dueCounts: readonly number[], settings: UserSettings, now: Date): GradedCard {
  const range = graded.balance;
  if (!range) return graded;
  const weights = Array.from({ length: range.maxIvl - range.minIvl + 1 }, (_, i) => settings.easyDays[localWeekday(now, range.minIvl + i, settings.timezone)]);
  const chosen = pickBalancedInterval({ ...range, dueCounts, weights, balanceLoad: settings.loadBalance });
  if (chosen === graded.after.scheduledDays) return graded;
  // As ts-fsrs dates a review interval: the review instant plus whole days.
  const due = new Date(now.getTime() + chosen * DAY_MS);
  const after = { ...graded.after, due, scheduledDays: chosen };
  const card = { cardId: graded.result.card.cardId, ...cardStateJson(after) };
  return {
    after,
    log: { ...graded.log, cardAfter: JSON.stringify(card), chosenDue: due },
    result: { card, log: { ...graded.result.log, chosenDue: due.toISOString() } },
    balance: range,
  };
}
