import type { Db } from "../db";
import { MATURE_DAYS } from "./get-chapter-progress";
import { CardState } from "../review/vocabulary";

export type RetentionBucket = { reviews: number; passed: number; rate: number | null };
export type TrueRetention = { young: RetentionBucket; mature: RetentionBucket; total: RetentionBucket };

const bucket = (reviews: number, passed: number): RetentionBucket => ({ reviews, passed, rate: reviews > 0 ? passed / reviews : null });

/**
 * True retention: the share of passing grades (Hard, Good, Easy) among reviews of cards that
 * were in Review state, so learning steps don't inflate it. Young and mature split on the
 * interval the card had before that review (ReviewLog.scheduledDays >= 21 is mature).
 * One GROUP BY (rating, interval) pass over the user's Review-state logs; `since` limits the window.
 */
export async function getTrueRetention(db: Db, userId: string, since?: Date): Promise<TrueRetention> {
  const groups = await db.reviewLog.groupBy({
    by: ["rating", "scheduledDays"],
    where: { userId, state: CardState.Review, ...(since ? { review: { gte: since } } : {}) },
    _count: { _all: true },
  });
  const young = { reviews: 0, passed: 0 };
  const mature = { reviews: 0, passed: 0 };
  for (const g of groups) {
    const b = g.scheduledDays >= MATURE_DAYS ? mature : young;
    b.reviews += g._count._all;
    if (g.rating > 1) b.passed += g._count._all;
  }
  return {
    young: bucket(young.reviews, young.passed),
    mature: bucket(mature.reviews, mature.passed),
    total: bucket(young.reviews + mature.reviews, young.passed + mature.passed),
  };
}
