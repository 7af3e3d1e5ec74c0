// The browser's offline store (IndexedDB through idb): the review pack (upcoming cards with
// their content and FSRS state, the scheduler snapshot), the grades waiting to sync, queued
// bury/suspend actions, and the grades the server refused (kept until the learner has seen why).
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { CardStateJson } from "../../review/card-state";
import type { ErrorCode } from "../../errors/error-codes";
import type { OfflineCard, OfflinePack } from "../../review/get-offline-pack";
import type { Rating } from "../../review/vocabulary";

/**
 * The pack without its cards (they live in their own store, updated one by one). `balancing`
 * is missing from packs stored before devices balanced their grades: those grade unbalanced.
 */
export type PackMeta = Omit<OfflinePack, "cards" | "balancing"> & { balancing?: OfflinePack["balancing"]; order: string[]; fetchedAt: string };

/** A grade made on this device, waiting for POST /api/reviews/batch. */
export type QueuedGrade = {
  /** Whose grade: only sent while that user's session is the one the pack came from. */
  userId: string;
  reviewId: string;
  cardId: string;
  rating: Rating;
  reviewedAt: string;
  durationMs: number;
  /** The due date this device's load balancer picked, sent for the server to check and keep. */
  chosenDue?: string;
  /** The card before this grade: an undo before sync restores it locally. */
  before: CardStateJson | null;
};

export type QueuedAction = { id?: number; kind: "bury" | "suspend"; cardId: string; at: string };

export type RejectedGrade = { reviewId: string; cardId: string; rating: Rating; reviewedAt: string; code: ErrorCode | "UNKNOWN"; message: string };

interface OfflineSchema extends DBSchema {
  meta: { key: "pack"; value: PackMeta };
  cards: { key: string; value: OfflineCard };
  grades: { key: string; value: QueuedGrade; indexes: { byTime: string } };
  actions: { key: number; value: QueuedAction };
  rejected: { key: string; value: RejectedGrade };
}

export type OfflineDb = IDBPDatabase<OfflineSchema>;

let opening: Promise<OfflineDb> | null = null;

export function offlineDb(): Promise<OfflineDb> {
  opening ??= openDB<OfflineSchema>("go-base-offline", 1, {
    upgrade(db) {
      db.createObjectStore("meta");
      db.createObjectStore("cards", { keyPath: "cardId" });
      db.createObjectStore("grades", { keyPath: "reviewId" }).createIndex("byTime", "reviewedAt");
      db.createObjectStore("actions", { keyPath: "id", autoIncrement: true });
      db.createObjectStore("rejected", { keyPath: "reviewId" });
    },
  });
  return opening;
}
