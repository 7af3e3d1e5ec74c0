import type { Db } from "../db";
import { NEW_CARD_TYPES } from "../review/card-types";
import { CardState } from "../review/vocabulary";
import { visibleCardWhere } from "../cards/visible-card-where";

export type CardStates = { new: number; learning: number; review: number; relearning: number; suspended: number; total: number };

/**
 * The user's live cards by state. A suspended card counts only as suspended; a card is new
 * until graded, whether or not it has a UserCard row yet (a bury creates one in state New).
 * One GROUP BY over the user's rows and one count of live content.
 */
export async function getCardStates(db: Db, userId: string): Promise<CardStates> {
  const [groups, total] = await Promise.all([
    db.userCard.groupBy({ by: ["state", "suspended"], where: { userId, card: { retiredAt: null } }, _count: { _all: true } }),
    // Study cards, plus coding exercises once they are on the schedule (a never-submitted
    // exercise is not a new card: it never enters the queue by itself).
    db.card.count({ where: { retiredAt: null, AND: [visibleCardWhere(userId)], OR: [{ type: { in: NEW_CARD_TYPES } }, { userCards: { some: { userId, state: { not: CardState.New } } } }] } }),
  ]);
  const out: CardStates = { new: 0, learning: 0, review: 0, relearning: 0, suspended: 0, total };
  let graded = 0; // rows that take a card out of "new"
  for (const g of groups) {
    const n = g._count._all;
    if (g.suspended) out.suspended += n;
    else if (g.state === CardState.Learning) out.learning += n;
    else if (g.state === CardState.Review) out.review += n;
    else if (g.state === CardState.Relearning) out.relearning += n;
    else continue; // unsuspended New row: still new
    graded += n;
  }
  out.new = total - graded;
  return out;
}
