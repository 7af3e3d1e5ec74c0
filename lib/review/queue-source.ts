import type { UserSettings } from "../settings/get-settings";
import type { CardStateRow } from "./card-state";

/** One card the queue may show, as either storage path reads it. */
export type QueueRow = {
  cardId: string;
  type: string;
  /** null for a user's own card (it belongs to a deck instead) */
  sectionId: string | null;
  deckId: string | null;
  /** the section's title, or the deck's name for an own card */
  sectionTitle: string;
  rendered: string;
  /** null for a card the user has never reviewed */
  state: CardStateRow | null;
};

/** Everything getQueue needs from storage, read by the SQLite hot path or by Prisma. */
export type QueueData = {
  settings: UserSettings;
  learningCount: number;
  reviewDueCount: number;
  /** New cards available; the hot path counts only up to today's room (at least 1), which is all the queue uses. */
  newAvailable: number;
  newToday: number;
  reviewsToday: number;
  /** learning (due order), then reviews (due order), then new cards (content order) */
  rows: QueueRow[];
  /** The earliest future due date of a studiable card, and whether any card is buried now: read only when the queue is empty. */
  upcoming: () => Promise<{ nextDue: Date | null; buried: number }>;
};

/** How many of each kind to read, given the counts: learning first, then reviews, then new. */
export function queueTakes(limit: number, learningCount: number, reviewRoom: number, newRoom: number) {
  const learning = Math.min(limit, learningCount);
  const review = Math.max(0, Math.min(limit - learning, reviewRoom));
  const fresh = Math.max(0, Math.min(limit - learning - review, newRoom));
  return { learning, review, fresh };
}

/** Review one deck (own) or one chapter (built-in) instead of everything. */
export type QueueFilter = { deckId?: string; chapterId?: string };
export type QueueFilterKind = "all" | "deck" | "chapter";

export const queueFilterKind = (filter: QueueFilter): QueueFilterKind => (filter.deckId ? "deck" : filter.chapterId ? "chapter" : "all");
