import type { Db } from "../db";
import { findOwnCard } from "./find-card";

/** Deletes an own card: retired like removed content, so its review history stays. */
export async function deleteCard(db: Db, userId: string, cardId: unknown, now: Date = new Date()) {
  const card = await findOwnCard(db, userId, cardId);
  await db.card.update({ where: { id: card.id }, data: { retiredAt: now } });
  return { id: card.id, deleted: true };
}
