import type { BatchOutcome } from "../../review/batch-outcome";
import { MAX_BATCH_GRADES } from "../../review/batch-schemas";
import { ApiError, api } from "../api";
import type { RejectedGrade } from "./offline-db";
import { addRejected, dropAction, dropGrades, listActions, oldestGrades, removeCard, setCardState } from "./offline-store";

/**
 * `leeches`: cards a synced grade made leeches (suspended ones leave the local queue).
 * `offline`: a failure that may pass stopped the sync; `code` is its API code (`NETWORK` when the
 * server could not be reached), absent for an error that did not come from the API.
 */
export type SyncResult = { sent: number; rejected: RejectedGrade[]; leeches: { cardId: string; suspended: boolean }[]; offline: boolean; code?: ApiError["code"]; message?: string };

/** Whether a failed call may succeed later (offline, signed out, a card busy elsewhere, server trouble) rather than never. */
const retryable = (error: unknown) =>
  !(error instanceof ApiError) || error.status === 0 || error.status === 401 || error.status === 408 || error.status === 429 || error.status >= 500 || error.code === "CARD_BUSY";

/** The sync so far, stopped by a failure that may pass: what is left waits for the next try. */
const stopped = (result: SyncResult, error: unknown): SyncResult => ({
  ...result,
  offline: true,
  ...(error instanceof ApiError ? { code: error.code } : {}),
  message: (error as Error).message,
});

/**
 * Sends the user's waiting grades in review-time order, in batches of up to 500, then the
 * queued bury/suspend actions. Applied and duplicate grades leave the queue and their card
 * takes the server's state; refused ones move to the rejected list with the server's reason.
 * Stops at the first failure that may pass (offline): everything left waits for the next try.
 */
export async function syncGrades(userId: string): Promise<SyncResult> {
  const result: SyncResult = { sent: 0, rejected: [], leeches: [], offline: false };
  for (;;) {
    const grades = await oldestGrades(userId, MAX_BATCH_GRADES);
    if (grades.length === 0) break;
    let outcomes: BatchOutcome[];
    try {
      const body = { grades: grades.map(({ reviewId, cardId, rating, reviewedAt, durationMs, chosenDue }) => ({ reviewId, cardId, rating, reviewedAt, durationMs, ...(chosenDue ? { chosenDue } : {}) })) };
      outcomes = (await api.post<{ results: BatchOutcome[] }>("/api/reviews/batch", body)).results;
    } catch (error) {
      if (retryable(error)) return stopped(result, error);
      // The server refused the batch as a whole (it never should): keep every grade visible.
      const { code, message } = error as ApiError;
      outcomes = grades.map((g) => ({ reviewId: g.reviewId, cardId: g.cardId, status: "rejected", error: { code: code === "NETWORK" ? "UNKNOWN" : code, message } }) as BatchOutcome);
    }
    const byId = new Map(grades.map((g) => [g.reviewId, g]));
    // A card with grades still waiting keeps its local state until they are sent too.
    const stillWaiting = new Set((await oldestGrades(userId, Infinity)).filter((g) => !byId.has(g.reviewId)).map((g) => g.cardId));
    const rejected: RejectedGrade[] = [];
    for (const outcome of outcomes) {
      const grade = byId.get(outcome.reviewId);
      if (!grade) continue;
      if (outcome.status === "rejected") {
        rejected.push({ reviewId: grade.reviewId, cardId: grade.cardId, rating: grade.rating, reviewedAt: grade.reviewedAt, code: outcome.error?.code ?? "UNKNOWN", message: outcome.error?.message ?? "refused" });
      } else if (outcome.leech) {
        result.leeches.push({ cardId: grade.cardId, suspended: outcome.leech.suspended });
        if (outcome.leech.suspended) await removeCard(grade.cardId);
        else if (outcome.card && !stillWaiting.has(grade.cardId)) {
          const { cardId: _cardId, ...state } = outcome.card;
          await setCardState(grade.cardId, state);
        }
      } else if (outcome.card && !stillWaiting.has(grade.cardId)) {
        const { cardId: _cardId, ...state } = outcome.card;
        await setCardState(grade.cardId, state);
      }
    }
    await addRejected(rejected);
    await dropGrades(outcomes.map((o) => o.reviewId).filter((id) => byId.has(id)));
    result.sent += outcomes.length - rejected.length;
    result.rejected.push(...rejected);
  }
  for (const action of await listActions()) {
    try {
      await api.post(action.kind === "bury" ? "/api/cards/bury" : "/api/cards/suspend", { cardId: action.cardId });
    } catch (error) {
      if (retryable(error)) return stopped(result, error);
    }
    await dropAction(action.id!);
    await removeCard(action.cardId);
  }
  return result;
}
