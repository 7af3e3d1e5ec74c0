import type { Rating } from "../../review/vocabulary";
import { queueGrade } from "./offline-store";

// Where grades waited before the offline store existed: { reviewId, cardId, rating, durationMs }[].
const LEGACY_KEY = "go-base:pending-reviews";

type LegacyPending = { reviewId: string; cardId: string; rating: Rating; durationMs: number };

/**
 * Moves grades an older version left in localStorage into the offline queue. They carry no
 * review time: they count as made now, as the old client would have sent them now.
 */
export async function migrateLocalPending(userId: string, now: Date = new Date()): Promise<number> {
  let pending: LegacyPending[];
  try {
    pending = JSON.parse(localStorage.getItem(LEGACY_KEY) ?? "[]") as LegacyPending[];
  } catch {
    pending = [];
  }
  for (const p of pending) {
    await queueGrade({ userId, reviewId: p.reviewId, cardId: p.cardId, rating: p.rating, durationMs: p.durationMs, reviewedAt: now.toISOString(), before: null }, null);
  }
  localStorage.removeItem(LEGACY_KEY);
  return pending.length;
}
