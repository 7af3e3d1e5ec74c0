import { createHash } from "node:crypto";

/** The same user, card and repetition get the same numbers (a reload shows the same question); the next review new ones. */
export function estimateSeed(owner: string, cardId: string, reps: number): number {
  return createHash("sha256").update(`estimate:${owner}:${cardId}:${reps}`).digest().readUInt32BE(0);
}
