// The review vocabulary, declared once. Client code imports it too: keep it free of server imports.

/** A grade, as ts-fsrs numbers them. */
export const RATINGS = [1, 2, 3, 4] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_NAMES: Record<Rating, "Again" | "Hard" | "Good" | "Easy"> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };

/** A card's scheduling state: UserCard.state and ReviewLog.state store the number (ts-fsrs `State`). */
export const CardState = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;
export type CardState = (typeof CardState)[keyof typeof CardState];
/** The state's name, as the API returns it; indexed by the stored number. */
export const CARD_STATE_NAMES = ["New", "Learning", "Review", "Relearning"] as const;
export type CardStateName = (typeof CARD_STATE_NAMES)[number];

export function isRating(value: unknown): value is Rating {
  return value === 1 || value === 2 || value === 3 || value === 4;
}
