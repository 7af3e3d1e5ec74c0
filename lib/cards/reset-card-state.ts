import type { Db } from "../db";

/**
 * Back to new: the user's scheduling columns for these cards are cleared (their review log
 * stays). Suspension and burying are kept: resetting is not unsuspending.
 */
export function resetCardStates(db: Db, userId: string, cardIds: string[], now: Date) {
  return db.userCard.updateMany({
    where: { userId, cardId: { in: cardIds } },
    data: { state: 0, due: now, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, lastReview: null, introducedAt: null },
  });
}
