import type { Db } from "../db";
import { MIN_REVIEWS_TO_OPTIMIZE, REOPTIMIZE_AFTER_DAYS, REOPTIMIZE_NEW_REVIEWS } from "./optimize-result";

/**
 * Home's cheap version of the optimizer offer (getOptimizerStatus builds the exact items):
 * counts review-log rows graded at least a day after the card's previous review, with two
 * indexed counts instead of reading the whole log on every home view. Settings shows the
 * exact figure, and the optimizer itself checks the exact minimum.
 */
export async function getOptimizeOffer(db: Db, userId: string, now: Date = new Date()): Promise<boolean> {
  const settings = await db.settings.findUnique({ where: { userId }, select: { optimizedAt: true } });
  const optimizedAt = settings?.optimizedAt ?? null;
  if (optimizedAt && now.getTime() - optimizedAt.getTime() < REOPTIMIZE_AFTER_DAYS * 86_400_000) return false;
  const longTerm = { userId, state: { not: 0 }, elapsedDays: { gt: 0 } };
  if ((await db.reviewLog.count({ where: longTerm })) < MIN_REVIEWS_TO_OPTIMIZE) return false;
  if (!optimizedAt) return true;
  return (await db.reviewLog.count({ where: { ...longTerm, review: { gt: optimizedAt } } })) >= REOPTIMIZE_NEW_REVIEWS;
}
