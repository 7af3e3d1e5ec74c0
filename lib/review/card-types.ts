/** Authored content cards: reviewed from their rendered text. */
export const AUTHORED_TYPES = ["basic", "cloze", "mcq", "estimate"] as const;

/**
 * Types introduced as new cards in the daily queue. Exercise cards are not: an exercise
 * enters the schedule when the learner first submits it.
 */
export const NEW_CARD_TYPES: string[] = [...AUTHORED_TYPES, "predict"];
