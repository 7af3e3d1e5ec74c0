import type { Db } from "../db";
import { buildFsrsItems, type FitItem } from "./build-fsrs-items";

/** The user's whole review log as optimizer items (the log is append-only, so this is their history). */
export async function loadFitItems(db: Db, userId: string): Promise<FitItem[]> {
  const reviews = await db.reviewLog.findMany({
    where: { userId },
    select: { cardId: true, rating: true, day: true, review: true },
    orderBy: { review: "asc" },
  });
  return buildFsrsItems(reviews);
}
