import { AppError } from "../errors";
import { storedResult, type ReviewResult, type StoredLog } from "./review-log-json";
import type { GradeInput } from "./grade-card";

export type Tombstone = { userId: string; cardId: string; rating: number };

/**
 * What a reviewId that is already known answers. The same grade again gets the stored
 * response; an undone one is never applied again; any other use of the id is a client bug.
 * Someone else's id is refused without telling whose it is.
 */
export function replayKnownReview(userId: string, input: GradeInput, existing: StoredLog | null, tombstone: Tombstone | null): ReviewResult | null {
  if (tombstone) {
    if (tombstone.userId === userId && tombstone.cardId === input.cardId && tombstone.rating === input.rating) {
      throw new AppError("REVIEW_UNDONE", "this review was undone; grade the card again with a new reviewId");
    }
    throw new AppError("REVIEW_ID_REUSED", "this reviewId was already used for another grade");
  }
  if (!existing) return null;
  if (existing.userId !== userId || existing.cardId !== input.cardId || existing.rating !== input.rating) {
    throw new AppError("REVIEW_ID_REUSED", "this reviewId was already used for another grade");
  }
  return storedResult(existing);
}
