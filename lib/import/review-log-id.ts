import { createHash } from "node:crypto";

/**
 * The ReviewLog id of an imported Anki review: a UUID (the shape every other review id has)
 * derived from the user, the card's import key and Anki's revlog id, so importing the same
 * history again finds the rows it wrote and adds none twice.
 */
export function importedReviewId(userId: string, importKey: string, ankiRevlogId: number): string {
  const h = createHash("sha256").update(`anki-review:${userId}:${importKey}:${ankiRevlogId}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
