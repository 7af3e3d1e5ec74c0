// Grades waiting to reach the server, persisted in localStorage so that a closed tab or a
// network outage never loses a review: they are re-sent (same reviewId, so idempotent) on load.

import { ApiError, api } from "@/lib/client/api";
import type { Rating } from "@/lib/review/vocabulary";

export type PendingReview = { reviewId: string; cardId: string; rating: Rating; durationMs: number };

const KEY = "go-base:pending-reviews";

export function loadPending(): PendingReview[] {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as PendingReview[]) : [];
  } catch {
    return [];
  }
}

export function savePending(pending: PendingReview[]): void {
  try {
    if (pending.length) localStorage.setItem(KEY, JSON.stringify(pending));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage full or disabled: the in-memory queue still retries.
  }
}

export type SendOutcome = "sent" | "rejected" | "retry";

/** Sends one grade. 4xx other than 401/408/429 means the server will never accept it. */
export async function sendReview(review: PendingReview): Promise<{ outcome: SendOutcome; message?: string; leech?: { suspended: boolean } }> {
  try {
    const response = await api.post<{ leech?: { suspended: boolean } }>("/api/reviews", review);
    return { outcome: "sent", leech: response?.leech };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status === 0) return { outcome: "retry", message: "Offline: grades are saved locally and will be sent." };
    const { status, code, message } = error;
    if (status === 401) return { outcome: "retry", message: "Your session ended: sign in again to save reviews." };
    // A card busy in another tab settles by itself: send again.
    if (code === "CARD_BUSY" || status === 408 || status === 429 || status >= 500) return { outcome: "retry", message };
    return { outcome: "rejected", message };
  }
}
