import type { QueueCard } from "../review/get-queue";

// The review session's queue changes, as pure functions of the queue they apply to. React may
// apply a background load's change after a grade made later (it re-applies the grade on top),
// so no change may assume which card is at the front: a grade removes its own card by id, and a
// load keeps whatever card is on screen when it lands.

/** The queue without a card: a grade (or bury, suspend) takes out that card, wherever it is. */
export function withoutCard(queue: QueueCard[], cardId: string): QueueCard[] {
  return queue.filter((card) => card.cardId !== cardId);
}

export type QueueLoad = {
  /**
   * What of the queue stays, in its order: `all` (a server load adds cards after it), `shown`
   * (an offline rebuild from the pack, which orders the rest itself, keeps the front card and
   * the card on screen), `none` (the first load).
   */
  keep: "all" | "shown" | "none";
  /** Cards left out of the load: graded while it was read, or with a grade the server lacks. */
  leaveOut: ReadonlySet<string>;
  /**
   * The card on screen, as last rendered. It is not always the front of the queue the load lands
   * on: React applies a load under a grade made after it was asked for, then the grade again.
   */
  onScreen?: string;
};

/**
 * The queue after a load lands on `current`: the cards kept stay first, in their order, each as
 * the load has it when it has it (its state and interval previews are newer), then the load's
 * other cards.
 */
export function mergeLoad(current: QueueCard[], loaded: QueueCard[], { keep, leaveOut, onScreen }: QueueLoad): QueueCard[] {
  const fresh = new Map(loaded.filter((card) => !leaveOut.has(card.cardId)).map((card) => [card.cardId, card]));
  const kept = keep === "all" ? current : keep === "shown" ? current.filter((card, i) => i === 0 || card.cardId === onScreen) : [];
  const keptIds = new Set(kept.map((card) => card.cardId));
  return [...kept.map((card) => fresh.get(card.cardId) ?? card), ...[...fresh.values()].filter((card) => !keptIds.has(card.cardId))];
}
