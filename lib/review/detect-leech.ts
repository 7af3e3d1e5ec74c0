import type { LeechSettings } from "../settings/leech-settings";

export const LEECH_TAG = "leech";

/** What a review's response says when it made the card a leech (the UI shows it as a toast). */
export type LeechOutcome = { tag: typeof LEECH_TAG; suspended: boolean };

/**
 * A card becomes a leech on the review whose lapse count reaches the threshold: only on that
 * crossing, so a leech the user unsuspended is not suspended again by its next review (Anki
 * repeats the warning every half threshold; we keep to the one crossing).
 */
export function detectLeech(lapsesBefore: number, lapsesAfter: number, settings: LeechSettings): LeechOutcome | null {
  if (lapsesAfter < settings.leechThreshold || lapsesBefore >= settings.leechThreshold) return null;
  return { tag: LEECH_TAG, suspended: settings.leechAction === "suspend" };
}
