import { CLOZE_PATTERN } from "../content/schema";

/** A card as CSV and Markdown decks carry it: our markdown, no ids, no schedule. */
export type TransferCard =
  | { type: "basic"; front: string; back: string; explanation: string; tags: string[] }
  | { type: "cloze"; text: string; explanation: string; tags: string[] };

export type LineError = { line: number; message: string };

export const hasBlank = (text: string) => new RegExp(CLOZE_PATTERN.source).test(text);

/** Tags are written space-separated (as Anki does); commas are accepted on import too. */
export const splitTags = (tags: string) => tags.split(/[\s,]+/).map((t) => t.trim()).filter(Boolean);
