// Grades waiting to reach the server, persisted in localStorage so that a closed tab or a
// network outage never loses a review: they are re-sent (same reviewId, so idempotent) on load.

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
export async function sendReview(review: PendingReview): Promise<{ outcome: SendOutcome; message?: string }> {
  try {
    const response = await fetch("/api/reviews", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(review),
    });
    if (response.ok) return { outcome: "sent" };
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    const message = body?.error?.message ?? `HTTP ${response.status}`;
    if (response.status === 401) return { outcome: "retry", message: "Your session ended: sign in again to save reviews." };
    if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) return { outcome: "rejected", message };
    return { outcome: "retry", message };
  } catch {
    return { outcome: "retry", message: "Offline: grades are saved locally and will be sent." };
  }
}
