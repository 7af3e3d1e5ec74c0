import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { rejectedOutcome } from "./batch-outcome";

const grade = { reviewId: "r1", cardId: "c1" };

describe("rejectedOutcome", () => {
  it("turns a grade refused for good into a rejected outcome with its code", () => {
    expect(rejectedOutcome(grade, new AppError("CARD_RETIRED", "retired"))).toEqual({ ...grade, status: "rejected", error: { code: "CARD_RETIRED", message: "retired" } });
    expect(rejectedOutcome(grade, AppError.notFound("card")).error?.code).toBe("NOT_FOUND");
  });

  it("fails the batch instead for a card that stayed busy and for an unexpected error, so the client sends the grade again", () => {
    const busy = new AppError("CARD_BUSY", "busy");
    expect(() => rejectedOutcome(grade, busy)).toThrow(busy);
    const broken = new Error("connection reset");
    expect(() => rejectedOutcome(grade, broken)).toThrow(broken);
  });
});
