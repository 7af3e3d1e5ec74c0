import type { Db } from "../db";
import { getSettings } from "../settings/get-settings";
import { cardStateJson, type CardStateJson } from "./card-state";
import { FSRS_WEIGHTS, fullParameters, snapshotFromSettings } from "./scheduler";
import { reviewLogJson, type ReviewLogJson } from "./submit-review";

export const EXPORT_FORMAT_VERSION = 1;

export type ExportedCard = CardStateJson & { cardId: string; suspended: boolean; buriedUntil: string | null; introducedAt: string | null };

/**
 * Everything we store about the user's learning, in a form a script can replay with
 * ts-fsrs: every review carries the parameters it was graded with; `fsrs.w` holds the weights.
 */
export async function exportUserData(db: Db, userId: string, now: Date = new Date()) {
  const [user, settings, cards, reviews] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, name: true, createdAt: true } }),
    getSettings(db, userId),
    db.userCard.findMany({ where: { userId }, orderBy: { cardId: "asc" } }),
    db.reviewLog.findMany({ where: { userId }, orderBy: [{ review: "asc" }, { createdAt: "asc" }] }),
  ]);
  return {
    format: "go-base-export",
    version: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    user: { ...user, createdAt: user.createdAt.toISOString() },
    settings: { ...settings, fsrs: { ...fullParameters(snapshotFromSettings(settings)), w: [...(settings.fsrsWeights ?? FSRS_WEIGHTS)] } },
    cards: cards.map(
      (c): ExportedCard => ({
        cardId: c.cardId,
        ...cardStateJson(c),
        suspended: c.suspended,
        buriedUntil: c.buriedUntil?.toISOString() ?? null,
        introducedAt: c.introducedAt?.toISOString() ?? null,
      }),
    ),
    reviews: reviews.map((r): ReviewLogJson => reviewLogJson(r)),
  };
}

export type UserExport = Awaited<ReturnType<typeof exportUserData>>;
