import type { Db } from "../db";
import { AppError } from "../errors";
import { snapshotFromSettings } from "../review/scheduler";
import { getSettings } from "../settings/get-settings";
import { rescheduleCards } from "./reschedule-cards";
import { parseStoredWeights, storeWeights } from "./weights";

/**
 * Undoes the last adoption: the weights in use before it come back (null: the defaults) and
 * every card is rescheduled from its history with them. 409 NOTHING_TO_REVERT otherwise.
 */
export async function revertParameters(db: Db, userId: string, now: Date = new Date()) {
  const row = await db.settings.findUnique({ where: { userId }, select: { previousFsrsWeights: true } });
  if (!row || row.previousFsrsWeights === null) throw new AppError("NOTHING_TO_REVERT", "you have not adopted fitted weights since the last revert");
  const previous = parseStoredWeights(row.previousFsrsWeights);
  await db.settings.update({ where: { userId }, data: { fsrsWeights: storeWeights(previous), previousFsrsWeights: null } });
  const settings = await getSettings(db, userId);
  const rescheduled = await rescheduleCards(db, userId, snapshotFromSettings(settings), now);
  return { parameters: settings.fsrsWeights, rescheduled };
}
