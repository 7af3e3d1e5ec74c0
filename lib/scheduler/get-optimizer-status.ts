import type { Db } from "../db";
import { loadFitItems } from "./load-fit-items";
import { MIN_REVIEWS_TO_OPTIMIZE, REOPTIMIZE_AFTER_DAYS, REOPTIMIZE_NEW_REVIEWS } from "./optimize-result";

export type OptimizerStatus = {
  /** Long-term reviews in the user's history (what the optimizer fits). */
  reviews: number;
  minimum: number;
  optimizedAt: string | null;
  /** The user runs on weights fitted to them (not ts-fsrs's defaults). */
  adopted: boolean;
  canRevert: boolean;
  /** Worth running now: never run with enough history, or a month on with enough new reviews. */
  offer: boolean;
  /** The latest optimizer job, to resume showing its progress or result after a reload. */
  latestJobId: string | null;
};

export async function getOptimizerStatus(db: Db, userId: string, now: Date = new Date()): Promise<OptimizerStatus> {
  const [settings, items, latest] = await Promise.all([
    db.settings.findUnique({ where: { userId }, select: { fsrsWeights: true, previousFsrsWeights: true, optimizedAt: true } }),
    loadFitItems(db, userId),
    db.job.findFirst({ where: { userId, kind: "optimize" }, orderBy: { createdAt: "desc" }, select: { id: true } }),
  ]);
  const optimizedAt = settings?.optimizedAt ?? null;
  const enough = items.length >= MIN_REVIEWS_TO_OPTIMIZE;
  const monthOn = optimizedAt !== null && now.getTime() - optimizedAt.getTime() >= REOPTIMIZE_AFTER_DAYS * 86_400_000;
  const newSince = optimizedAt === null ? items.length : items.filter((item) => item.at > optimizedAt.getTime()).length;
  return {
    reviews: items.length,
    minimum: MIN_REVIEWS_TO_OPTIMIZE,
    optimizedAt: optimizedAt?.toISOString() ?? null,
    adopted: (settings?.fsrsWeights ?? null) !== null,
    canRevert: (settings?.previousFsrsWeights ?? null) !== null,
    offer: enough && (optimizedAt === null || (monthOn && newSince >= REOPTIMIZE_NEW_REVIEWS)),
    latestJobId: latest?.id ?? null,
  };
}
