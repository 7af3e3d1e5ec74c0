import { randomUUID } from "node:crypto";
import type { Db } from "../db";
import { cardStateJson, fromFsrsCard } from "../review/card-state";
import { dayKey } from "../time/day";
import { simulateSyntheticLearner, SYNTHETIC_SNAPSHOT, type SyntheticOptions } from "./synthetic-learner";

/**
 * Writes a synthetic learner's history for a user, as the app would have stored it: one
 * review-log row per grade (with the scheduler it was graded with) and each card's state.
 * `cardIds[i]` is the content card behind synthetic card i. For tests and benchmarks.
 */
export async function seedSyntheticLearner(db: Db, userId: string, cardIds: readonly string[], options: Omit<SyntheticOptions, "cards">) {
  const history = simulateSyntheticLearner({ ...options, cards: cardIds.length });
  const scheduler = JSON.stringify(SYNTHETIC_SNAPSHOT);
  const rows = history.reviews.map((r) => ({
    id: randomUUID(),
    userId,
    cardId: cardIds[r.cardIndex],
    rating: r.rating,
    state: r.log.state,
    due: r.log.due,
    stability: r.log.stability,
    difficulty: r.log.difficulty,
    elapsedDays: r.log.elapsed_days,
    lastElapsedDays: r.log.last_elapsed_days,
    scheduledDays: r.log.scheduled_days,
    learningSteps: r.log.learning_steps,
    review: r.review,
    prevDue: r.prevDue,
    durationMs: 8_000,
    scheduler,
    cardAfter: JSON.stringify({ cardId: cardIds[r.cardIndex], ...cardStateJson(fromFsrsCard(r.cardAfter)) }),
    day: dayKey(r.review, "UTC"),
  }));
  for (let i = 0; i < rows.length; i += 2000) await db.reviewLog.createMany({ data: rows.slice(i, i + 2000) });
  const firstReview = new Map<number, Date>();
  for (const r of history.reviews) if (!firstReview.has(r.cardIndex)) firstReview.set(r.cardIndex, r.review);
  await db.userCard.createMany({
    data: [...history.cards].map(([index, card]) => ({ userId, cardId: cardIds[index], ...fromFsrsCard(card), introducedAt: firstReview.get(index) ?? null })),
  });
  return { reviews: rows.length, cards: history.cards.size, memory: history.memory };
}
