import { State, type Grade } from "ts-fsrs";
import type { Db } from "../db";
import { isRecordNotFound, isUniqueViolation } from "../db-errors";
import { AppError, parseInput } from "../errors";
import { getSettings } from "../settings/get-settings";
import { dayKey } from "../time/day";
import { cardStateJson, fromFsrsCard, toFsrsCard, type CardStateJson } from "./card-state";
import { reviewInputSchema } from "./review-schemas";
import { schedulerFor, snapshotFromSettings, type SchedulerSnapshot } from "./scheduler";

export type ReviewLogJson = {
  id: string;
  cardId: string;
  rating: number;
  state: CardStateJson["state"];
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  review: string;
  durationMs: number | null;
  scheduler: SchedulerSnapshot;
};

export type ReviewResult = { card: CardStateJson & { cardId: string }; log: ReviewLogJson };

type StoredLog = {
  id: string;
  userId: string;
  cardId: string;
  rating: number;
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  review: Date;
  durationMs: number | null;
  scheduler: string;
  cardAfter: string;
};

export function reviewLogJson(log: StoredLog): ReviewLogJson {
  return {
    id: log.id,
    cardId: log.cardId,
    rating: log.rating,
    state: State[log.state] as CardStateJson["state"],
    due: log.due.toISOString(),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsedDays,
    lastElapsedDays: log.lastElapsedDays,
    scheduledDays: log.scheduledDays,
    learningSteps: log.learningSteps,
    review: log.review.toISOString(),
    durationMs: log.durationMs,
    scheduler: JSON.parse(log.scheduler) as SchedulerSnapshot,
  };
}

/** The stored response for a reviewId: a retry gets exactly what the first call got. */
function replayStored(log: StoredLog, userId: string): ReviewResult {
  // A reviewId is a client-made UUID; one used by someone else is a client bug, not a lookup.
  if (log.userId !== userId) throw new AppError("REVIEW_ID_REUSED", "this reviewId was already used for another grade");
  return { card: JSON.parse(log.cardAfter) as ReviewResult["card"], log: reviewLogJson(log) };
}

const MAX_ATTEMPTS = 4;

/**
 * Grades a card for the user. Idempotent by reviewId. The log row and the card's new state
 * are written in one transaction; a concurrent grade of the same card (another tab) makes
 * the optimistic `reps` check fail, and we recompute from the fresh state.
 */
export async function submitReview(db: Db, userId: string, input: unknown, now: Date = new Date()): Promise<ReviewResult> {
  const { reviewId, cardId, rating, durationMs } = parseInput(reviewInputSchema, input);
  for (let attempt = 1; ; attempt++) {
    const [existing, card, userCard, settings] = await Promise.all([
      db.reviewLog.findUnique({ where: { id: reviewId } }),
      db.card.findUnique({ where: { id: cardId }, select: { retiredAt: true } }),
      db.userCard.findUnique({ where: { userId_cardId: { userId, cardId } } }),
      getSettings(db, userId),
    ]);
    if (existing) return replayStored(existing, userId);
    if (!card) throw AppError.notFound("card");
    if (card.retiredAt) throw new AppError("CARD_RETIRED", "this card was retired from the content");
    if (userCard?.suspended) throw new AppError("CARD_SUSPENDED", "this card is suspended; unsuspend it to review");

    const snapshot = snapshotFromSettings(settings);
    const before = toFsrsCard(userCard, now);
    const { card: next, log } = schedulerFor(snapshot).next(before, now, rating as Grade);
    const after = fromFsrsCard(next);
    const cardJson = { cardId, ...cardStateJson(after) };
    const logRow: StoredLog = {
      id: reviewId,
      userId,
      cardId,
      rating,
      state: log.state,
      due: log.due,
      stability: log.stability,
      difficulty: log.difficulty,
      elapsedDays: log.elapsed_days,
      lastElapsedDays: log.last_elapsed_days,
      scheduledDays: log.scheduled_days,
      learningSteps: log.learning_steps,
      review: log.review,
      durationMs: durationMs ?? null,
      scheduler: JSON.stringify(snapshot),
      cardAfter: JSON.stringify(cardJson),
    };
    const writeCard = userCard
      ? db.userCard.update({
          where: { id: userCard.id, reps: userCard.reps },
          data: { ...after, buriedUntil: null, introducedAt: userCard.introducedAt ?? now },
        })
      : db.userCard.create({ data: { userId, cardId, ...after, introducedAt: now } });
    try {
      await db.$transaction([db.reviewLog.create({ data: { ...logRow, prevDue: before.due, day: dayKey(now, settings.timezone) } }), writeCard]);
      return { card: cardJson, log: reviewLogJson(logRow) };
    } catch (error) {
      if (!isUniqueViolation(error) && !isRecordNotFound(error)) throw error;
      if (attempt >= MAX_ATTEMPTS) throw new AppError("CARD_BUSY", "this card is being reviewed elsewhere; try again");
      // Lost a race: either the same reviewId landed (answered above next time) or the card moved on.
    }
  }
}
