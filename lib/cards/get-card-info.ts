import type { Db } from "../db";
import { readJsonColumn } from "../db/json-column";
import { cardAfterSchema } from "../review/review-log-json";
import { FSRS_WEIGHTS } from "../review/scheduler";
import { CARD_STATE_NAMES, RATING_NAMES, isRating } from "../review/vocabulary";
import { getSettings } from "../settings/get-settings";
import { retrievability } from "../progress/get-mastery";
import { findVisibleCard } from "./find-card";
import { recallCurve, type CurvePoint } from "./recall-curve";

export type CardInfo = {
  cardId: string;
  type: string;
  deckId: string | null;
  sectionId: string | null;
  tags: string[];
  /** null for a card the user has never reviewed */
  current: { state: string; due: string; stability: number; difficulty: number; reps: number; lapses: number; suspended: boolean; recallNow: number } | null;
  /** every review, oldest first: the rating, what it scheduled and how long it took */
  reviews: { id: string; at: string; rating: number; ratingName: string; intervalDays: number; due: string; stability: number; difficulty: number; durationMs: number | null }[];
  /** predicted recall from the first review until 30 days past the due date (or now) */
  curve: CurvePoint[];
};

/** Everything "card info" shows, for a card the user can see (404 otherwise). */
export async function getCardInfo(db: Db, userId: string, cardId: unknown, now: Date = new Date()): Promise<CardInfo> {
  const card = await findVisibleCard(db, userId, cardId);
  const [logs, userCard, tags, settings] = await Promise.all([
    db.reviewLog.findMany({ where: { userId, cardId: card.id }, orderBy: [{ review: "asc" }, { createdAt: "asc" }], select: { id: true, review: true, rating: true, durationMs: true, cardAfter: true } }),
    db.userCard.findUnique({ where: { userId_cardId: { userId, cardId: card.id } } }),
    db.cardTag.findMany({ where: { userId, cardId: card.id }, orderBy: { tag: "asc" }, select: { tag: true } }),
    getSettings(db, userId),
  ]);
  const reviews = logs.map((log) => {
    const after = readJsonColumn(cardAfterSchema, log.cardAfter, "ReviewLog.cardAfter");
    return {
      id: log.id,
      at: log.review.toISOString(),
      rating: log.rating,
      ratingName: isRating(log.rating) ? RATING_NAMES[log.rating] : String(log.rating),
      intervalDays: after.scheduledDays,
      due: after.due,
      stability: after.stability,
      difficulty: after.difficulty,
      durationMs: log.durationMs,
    };
  });
  const graded = userCard && userCard.state !== 0 ? userCard : null;
  const weights = settings.fsrsWeights ?? FSRS_WEIGHTS;
  const until = new Date(Math.max(now.getTime(), (graded?.due.getTime() ?? now.getTime()) + 30 * 86_400_000));
  return {
    cardId: card.id,
    type: card.type,
    deckId: card.deckId,
    sectionId: card.sectionId,
    tags: tags.map((t) => t.tag),
    current: graded
      ? {
          state: CARD_STATE_NAMES[graded.state],
          due: graded.due.toISOString(),
          stability: graded.stability,
          difficulty: graded.difficulty,
          reps: graded.reps,
          lapses: graded.lapses,
          suspended: graded.suspended,
          recallNow: retrievability(graded.stability, graded.lastReview, now),
        }
      : null,
    reviews,
    curve: recallCurve(reviews.map((r) => ({ at: new Date(r.at), stabilityAfter: r.stability })), until, weights),
  };
}
