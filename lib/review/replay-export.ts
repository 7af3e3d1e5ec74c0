import type { Card } from "ts-fsrs";
import type { UserExport } from "./export-data";
import { replayStep } from "./replay-step";

export type ReplayMismatch = { cardId: string; field: "due" | "stability" | "difficulty" | "state" | "reps" | "lapses"; exported: unknown; replayed: unknown };

/**
 * Replays an export's review log through ts-fsrs, each review with the parameters it was
 * graded with, and compares every card's state with the exported one. An empty result
 * means the export fully determines the schedule.
 */
export function replayExport(data: Pick<UserExport, "settings" | "cards" | "reviews">): { cards: number; reviews: number; mismatches: ReplayMismatch[] } {
  const replayed = new Map<string, Card>();
  for (const review of data.reviews) {
    const step = replayStep(replayed.get(review.cardId), { ...review, review: new Date(review.review) });
    replayed.set(review.cardId, step.card);
  }
  const mismatches: ReplayMismatch[] = [];
  const states = ["New", "Learning", "Review", "Relearning"];
  for (const card of data.cards) {
    const got = replayed.get(card.cardId);
    if (!got) {
      if (card.reps > 0) mismatches.push({ cardId: card.cardId, field: "reps", exported: card.reps, replayed: 0 });
      continue;
    }
    const compare = (field: ReplayMismatch["field"], exported: unknown, value: unknown) => {
      if (exported !== value) mismatches.push({ cardId: card.cardId, field, exported, replayed: value });
    };
    compare("due", card.due, got.due.toISOString());
    compare("stability", card.stability, got.stability);
    compare("difficulty", card.difficulty, got.difficulty);
    compare("state", card.state, states[got.state]);
    compare("reps", card.reps, got.reps);
    compare("lapses", card.lapses, got.lapses);
  }
  return { cards: data.cards.length, reviews: data.reviews.length, mismatches };
}
