import { AppError, type ErrorCode } from "../errors";
import type { CardStateJson } from "./card-state";
import type { LeechOutcome } from "./detect-leech";

export type BatchStatus = "applied" | "duplicate" | "rejected";

/** What happened to one grade of a batch; the client keeps every rejected one to show its reason. */
export type BatchOutcome = {
  reviewId: string;
  cardId: string;
  status: BatchStatus;
  /** The card's state on the server after the grade (applied, duplicate). */
  card?: CardStateJson & { cardId: string };
  error?: { code: ErrorCode; message: string };
  /** The grade made the card a leech (tagged, and suspended unless the setting is "tag"). */
  leech?: LeechOutcome;
};

/**
 * A grade the server refuses for good becomes a rejected outcome. Anything else fails the batch,
 * and the client sends it again whole later: an unexpected error, and a card that stayed busy
 * through every retry (CARD_BUSY), whose grade would be lost if it were refused.
 */
export function rejectedOutcome(grade: { reviewId: string; cardId: string }, error: unknown): BatchOutcome {
  if (!(error instanceof AppError) || error.code === "CARD_BUSY") throw error;
  return { reviewId: grade.reviewId, cardId: grade.cardId, status: "rejected", error: { code: error.code, message: error.message } };
}

/** The checks every grade passes before it is applied; a card that is not the user's answers as a missing one. */
export function checkGradable(card: { retiredAt: unknown } | null | undefined, suspended: boolean): void {
  if (!card) throw AppError.notFound("card");
  if (card.retiredAt !== null && card.retiredAt !== undefined) throw new AppError("CARD_RETIRED", "this card was retired from the content");
  if (suspended) throw new AppError("CARD_SUSPENDED", "this card is suspended; unsuspend it to review");
}
