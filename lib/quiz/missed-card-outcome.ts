/**
 * What "send missed to review" does when grading one missed card fails. A card that is
 * suspended, retired, gone, or whose grade from this quiz was undone is skipped on purpose;
 * a card busy in another tab is retried (it used to be skipped silently); anything else fails.
 */
export type MissedCardOutcome = "skip" | "retry" | "fail";

export function missedCardOutcome(code: string | undefined): MissedCardOutcome {
  switch (code) {
    case "CARD_SUSPENDED":
    case "CARD_RETIRED":
    case "NOT_FOUND":
    case "REVIEW_UNDONE":
      return "skip";
    case "CARD_BUSY":
      return "retry";
    default:
      return "fail";
  }
}
