import { fsrs, generatorParameters } from "ts-fsrs";
import { toFsrsCard, type CardStateRow } from "../review/card-state";
import { FSRS_WEIGHTS } from "../review/scheduler";
import { CardState } from "../review/vocabulary";

export const FREQUENCY_WEIGHT: Record<string, number> = { high: 3, medium: 2, low: 1 };

/** Retrievability assumed for a card the learner never reviewed: neither known nor forgotten. */
export const UNSEEN_RETRIEVABILITY = 0.5;
/** Each lapse (a forgotten review card) makes the card this much weaker, up to MAX_LAPSES. */
const LAPSE_WEAKNESS = 0.3;
const MAX_LAPSES = 10;
/** Even a perfectly known card keeps a small chance of being asked. */
const FLOOR = 0.1;

// Retrievability depends only on the FSRS weights, not on the user's retention settings.
const scheduler = fsrs(generatorParameters({ w: [...FSRS_WEIGHTS] }));

/** How weak the learner is on a card now: grows as retrievability falls and with lapses. */
export function weakness(row: CardStateRow | null, now: Date): number {
  const seen = row && row.state !== CardState.New && row.stability > 0;
  const r = seen ? scheduler.get_retrievability(toFsrsCard(row, now), now, false) : UNSEEN_RETRIEVABILITY;
  const lapses = Math.min(row?.lapses ?? 0, MAX_LAPSES);
  return FLOOR + (1 - r) + LAPSE_WEAKNESS * lapses;
}

/** A candidate's sampling weight: interview frequency × weakness. */
export function cardWeight(frequency: string, row: CardStateRow | null, now: Date): number {
  return (FREQUENCY_WEIGHT[frequency] ?? 1) * weakness(row, now);
}
