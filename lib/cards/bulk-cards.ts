import type { Db } from "../db";
import { AppError, parseInput } from "../errors";
import { findOwnDeck } from "../decks/find-own-deck";
import { getSettings } from "../settings/get-settings";
import { startOfDay, startOfNextDay } from "../time/day";
import { CardState } from "../review/vocabulary";
import { bulkActionSchema } from "./bulk-schemas";
import { parseDueDate, pickDueDays } from "./parse-due-date";
import { resetCardStates } from "./reset-card-state";
import { visibleCardWhere } from "./visible-card-where";

const DAY_MS = 86_400_000;

export type BulkResult = { action: string; cards: number; skipped: number };

/**
 * One action on many cards (Browse's selection). Every id must be a live card the user can
 * see (else 404, nothing done); move and delete take own cards only (409 CARD_READ_ONLY).
 */
export async function bulkCards(db: Db, userId: string, input: unknown, now: Date = new Date(), random: () => number = Math.random): Promise<BulkResult> {
  const action = parseInput(bulkActionSchema, input);
  const ids = action.cardIds;
  const cards = await db.card.findMany({ where: { id: { in: ids }, retiredAt: null, ...visibleCardWhere(userId) }, select: { id: true, ownerId: true } });
  if (cards.length !== ids.length) throw AppError.notFound("card");
  const done = (cardsDone = ids.length, skipped = 0): BulkResult => ({ action: action.action, cards: cardsDone, skipped });
  if ((action.action === "move" || action.action === "delete") && cards.some((c) => c.ownerId === null)) {
    throw new AppError("CARD_READ_ONLY", "built-in cards cannot be moved or deleted; copy them to a deck first");
  }

  switch (action.action) {
    case "suspend":
    case "unsuspend":
      await withRows(db, userId, ids, now, { suspended: action.action === "suspend" });
      return done();
    case "bury": {
      const { timezone } = await getSettings(db, userId);
      await withRows(db, userId, ids, now, { buriedUntil: startOfNextDay(now, timezone) });
      return done();
    }
    case "reset":
      await resetCardStates(db, userId, ids, now);
      return done();
    case "delete":
      await db.card.updateMany({ where: { id: { in: ids }, ownerId: userId }, data: { retiredAt: now } });
      return done();
    case "move": {
      const deck = await findOwnDeck(db, userId, action.deckId);
      await db.card.updateMany({ where: { id: { in: ids }, ownerId: userId }, data: { deckId: deck.id } });
      return done();
    }
    case "addTag": {
      const tagged = new Set((await db.cardTag.findMany({ where: { userId, tag: action.tag, cardId: { in: ids } }, select: { cardId: true } })).map((t) => t.cardId));
      await db.cardTag.createMany({ data: ids.filter((id) => !tagged.has(id)).map((cardId) => ({ userId, cardId, tag: action.tag })) });
      return done();
    }
    case "removeTag":
      await db.cardTag.deleteMany({ where: { userId, tag: action.tag, cardId: { in: ids } } });
      return done();
    case "setDue": {
      // Only cards with a schedule: a new card has no stability for FSRS to continue from.
      const spec = parseDueDate(action.due)!;
      const { timezone } = await getSettings(db, userId);
      const rows = await db.userCard.findMany({ where: { userId, cardId: { in: ids }, state: { not: CardState.New } }, select: { id: true } });
      await db.$transaction(
        rows.map((row) => {
          const days = pickDueDays(spec, random);
          const due = days === 0 ? now : startOfDay(new Date(now.getTime() + days * DAY_MS), timezone);
          return db.userCard.update({ where: { id: row.id }, data: { due, buriedUntil: null, ...(spec.setInterval ? { scheduledDays: days } : {}) } });
        }),
      );
      return done(rows.length, ids.length - rows.length);
    }
  }
}

/** Sets a flag on the user's rows for these cards, creating the rows (state New) that do not exist yet. */
async function withRows(db: Db, userId: string, ids: string[], now: Date, data: { suspended: boolean } | { buriedUntil: Date }) {
  const existing = new Set((await db.userCard.findMany({ where: { userId, cardId: { in: ids } }, select: { cardId: true } })).map((r) => r.cardId));
  await db.$transaction([
    db.userCard.createMany({ data: ids.filter((id) => !existing.has(id)).map((cardId) => ({ userId, cardId, due: now, ...data })) }),
    db.userCard.updateMany({ where: { userId, cardId: { in: ids } }, data }),
  ]);
}
