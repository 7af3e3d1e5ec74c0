import { describe, expect, it } from "vitest";
import { answerErrorAction } from "./answer-error-action";
import { missedCardOutcome } from "./missed-card-outcome";

describe("each conflict is handled by its own code", () => {
  it("finishes the quiz only when it ended, and reloads when the question was answered elsewhere", () => {
    expect(answerErrorAction("QUIZ_TIME_UP")).toBe("finish");
    expect(answerErrorAction("QUIZ_FINISHED")).toBe("finish");
    expect(answerErrorAction("ALREADY_ANSWERED")).toBe("reload");
    expect(answerErrorAction("INVALID_INPUT")).toBe("show");
    expect(answerErrorAction("CONFLICT")).toBe("show");
  });

  it("retries a busy card when sending missed cards, and skips only cards that cannot be graded", () => {
    expect(missedCardOutcome("CARD_BUSY")).toBe("retry");
    for (const code of ["CARD_SUSPENDED", "CARD_RETIRED", "NOT_FOUND", "REVIEW_UNDONE"]) expect(missedCardOutcome(code)).toBe("skip");
    expect(missedCardOutcome("REVIEW_ID_REUSED")).toBe("fail");
    expect(missedCardOutcome(undefined)).toBe("fail");
  });
});
