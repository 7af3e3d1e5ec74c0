// Reads and writes of the offline store. Every function opens the database itself, so callers
// never hold a transaction across an await of anything else.
import type { CardStateJson } from "../../review/card-state";
import type { OfflineCard, OfflinePack } from "../../review/get-offline-pack";
import { withDeviceGrade } from "./grade-offline";
import { offlineDb, type PackMeta, type QueuedAction, type QueuedGrade, type RejectedGrade } from "./offline-db";

/**
 * Replaces the pack with a fresh one from the server. Cards with a grade still waiting keep
 * their local state (the server does not know that grade yet). A pack for another user
 * replaces the cards; grades carry their user and wait for that user's next session.
 */
export async function savePack(pack: OfflinePack, now: Date = new Date()): Promise<void> {
  const db = await offlineDb();
  const tx = db.transaction(["meta", "cards", "grades"], "readwrite");
  const waiting = new Set((await tx.objectStore("grades").getAll()).filter((g) => g.userId === pack.userId).map((g) => g.cardId));
  const keep = new Map<string, OfflineCard>();
  for (const cardId of waiting) {
    const card = await tx.objectStore("cards").get(cardId);
    if (card) keep.set(cardId, card);
  }
  await tx.objectStore("cards").clear();
  const { cards, ...meta } = pack;
  for (const card of cards) await tx.objectStore("cards").put(keep.get(card.cardId) ?? card);
  for (const [cardId, card] of keep) if (!cards.some((c) => c.cardId === cardId)) await tx.objectStore("cards").put(card);
  await tx.objectStore("meta").put({ ...meta, order: cards.map((c) => c.cardId), fetchedAt: now.toISOString() }, "pack");
  await tx.done;
}

export async function loadPack(): Promise<{ meta: PackMeta; cards: OfflineCard[] } | null> {
  const db = await offlineDb();
  const meta = await db.get("meta", "pack");
  if (!meta) return null;
  return { meta, cards: await db.getAll("cards") };
}

export async function setCardState(cardId: string, state: CardStateJson | null): Promise<void> {
  const db = await offlineDb();
  const card = await db.get("cards", cardId);
  if (card) await db.put("cards", { ...card, state });
}

export async function removeCard(cardId: string): Promise<void> {
  await (await offlineDb()).delete("cards", cardId);
}

export async function packUserId(): Promise<string | null> {
  return (await (await offlineDb()).get("meta", "pack"))?.userId ?? null;
}

/** Stores a grade and the card's state after it in one transaction: neither exists without the other. */
export async function queueGrade(grade: QueuedGrade, after: CardStateJson | null): Promise<void> {
  const db = await offlineDb();
  const tx = db.transaction(["grades", "cards", "meta"], "readwrite");
  await tx.objectStore("grades").put(grade);
  const card = await tx.objectStore("cards").get(grade.cardId);
  if (card && after) await tx.objectStore("cards").put({ ...card, state: after });
  // The balancer's next choice sees this card on its new day (an undo leaves the count: it
  // only nudges later choices, and the next pack recounts).
  const meta = await tx.objectStore("meta").get("pack");
  if (meta?.balancing && after?.state === "Review") {
    await tx.objectStore("meta").put({ ...meta, balancing: { ...meta.balancing, dueLoad: withDeviceGrade(meta.balancing.dueLoad, new Date(after.due)) } }, "pack");
  }
  await tx.done;
}

/** Takes back a grade not yet synced; the card returns to its state before it. False when it was already sent. */
export async function unqueueGrade(reviewId: string): Promise<boolean> {
  const db = await offlineDb();
  const tx = db.transaction(["grades", "cards"], "readwrite");
  const grade = await tx.objectStore("grades").get(reviewId);
  if (!grade) {
    await tx.done;
    return false;
  }
  await tx.objectStore("grades").delete(reviewId);
  const card = await tx.objectStore("cards").get(grade.cardId);
  if (card) await tx.objectStore("cards").put({ ...card, state: grade.before });
  await tx.done;
  return true;
}

/** The user's oldest waiting grades first: the server applies them in review-time order. */
export async function oldestGrades(userId: string, limit: number): Promise<QueuedGrade[]> {
  const all = await (await offlineDb()).getAllFromIndex("grades", "byTime");
  return all.filter((g) => g.userId === userId).slice(0, limit);
}

export async function countGrades(userId: string): Promise<number> {
  return (await oldestGrades(userId, Infinity)).length;
}

export async function dropGrades(reviewIds: string[]): Promise<void> {
  const db = await offlineDb();
  const tx = db.transaction("grades", "readwrite");
  for (const id of reviewIds) await tx.store.delete(id);
  await tx.done;
}

export async function addRejected(rejected: RejectedGrade[]): Promise<void> {
  const db = await offlineDb();
  const tx = db.transaction("rejected", "readwrite");
  for (const r of rejected) await tx.store.put(r);
  await tx.done;
}

export async function listRejected(): Promise<RejectedGrade[]> {
  return (await offlineDb()).getAll("rejected");
}

export async function dismissRejected(): Promise<void> {
  await (await offlineDb()).clear("rejected");
}

export async function queueAction(action: QueuedAction): Promise<void> {
  await (await offlineDb()).add("actions", action);
}

export async function listActions(): Promise<QueuedAction[]> {
  return (await offlineDb()).getAll("actions");
}

export async function dropAction(id: number): Promise<void> {
  await (await offlineDb()).delete("actions", id);
}

export async function clearOfflineStore(): Promise<void> {
  const db = await offlineDb();
  await Promise.all((["meta", "cards", "grades", "actions", "rejected"] as const).map((store) => db.clear(store)));
}
