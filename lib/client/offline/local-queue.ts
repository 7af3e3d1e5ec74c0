import type { OfflineCard } from "../../review/get-offline-pack";
import type { QueueCard, QueueCounts } from "../../review/get-queue";
import type { PackMeta } from "./offline-db";
import { previewOffline } from "./grade-offline";

export type LocalQueue = { cards: QueueCard[]; counts: QueueCounts; nextDueAt: string | null };

/**
 * The review queue built on the device from the offline pack, in the server's order:
 * learning cards due now, then reviews due now (both by due date), then new cards in the
 * pack's (content) order. Each card gets its interval previews from the same scheduler.
 */
export function buildLocalQueue(meta: PackMeta, cards: OfflineCard[], now: Date): LocalQueue {
  const position = new Map(meta.order.map((id, i) => [id, i]));
  const due = (c: OfflineCard) => (c.state ? Date.parse(c.state.due) : 0);
  const isNew = (c: OfflineCard) => !c.state || c.state.state === "New";
  const dueNow = cards.filter((c) => !isNew(c) && due(c) <= now.getTime()).sort((a, b) => due(a) - due(b));
  const learning = dueNow.filter((c) => c.state!.state !== "Review");
  const review = dueNow.filter((c) => c.state!.state === "Review");
  const fresh = cards.filter(isNew).sort((a, b) => (position.get(a.cardId) ?? Infinity) - (position.get(b.cardId) ?? Infinity));
  const later = cards.filter((c) => !isNew(c) && due(c) > now.getTime()).map(due);
  const ordered = [...learning, ...review, ...fresh];
  return {
    cards: ordered.map((card) => ({ ...card, previews: previewOffline(card.state, meta.scheduler, now) })),
    counts: { learning: learning.length, review: review.length, new: fresh.length },
    nextDueAt: ordered.length === 0 && later.length > 0 ? new Date(Math.min(...later)).toISOString() : null,
  };
}
