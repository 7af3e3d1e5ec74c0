import { z } from "zod";
import type { Db } from "../db";
import { AppError, parseInput } from "../errors";
import { snapshotFromSettings } from "../review/scheduler";
import { getSettings } from "../settings/get-settings";
import { optimizeResultSchema } from "./optimize-result";
import { rescheduleCards } from "./reschedule-cards";
import { storeWeights, weightsSchema } from "./weights";

export const adoptInputSchema = z.strictObject({ parameters: weightsSchema });

const sameWeights = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => Math.abs(x - b[i]) < 1e-9);

/**
 * Adopts fitted weights: only weights one of the user's optimizer runs produced and found
 * better than the weights in use then (409 NOT_A_BETTER_FIT otherwise). The weights in use
 * are kept for revert; every card is rescheduled from its history with the new ones.
 */
export async function adoptParameters(db: Db, userId: string, input: unknown, now: Date = new Date()) {
  const { parameters } = parseInput(adoptInputSchema, input);
  const jobs = await db.job.findMany({ where: { userId, kind: "optimize", status: "done" }, orderBy: { createdAt: "desc" }, take: 10, select: { result: true } });
  const fit = jobs
    .map((job) => optimizeResultSchema.safeParse(JSON.parse(job.result ?? "null")))
    .find((parsed) => parsed.success && sameWeights(parsed.data.fitted.parameters, parameters));
  if (!fit?.success || !fit.data.better) {
    throw new AppError("NOT_A_BETTER_FIT", "only weights from one of your optimizer runs that predicted your reviews better can be adopted");
  }
  const before = await getSettings(db, userId);
  await db.settings.update({
    where: { userId },
    data: { fsrsWeights: storeWeights(parameters), previousFsrsWeights: JSON.stringify(before.fsrsWeights) },
  });
  const settings = await getSettings(db, userId);
  const rescheduled = await rescheduleCards(db, userId, snapshotFromSettings(settings), now);
  return { parameters: settings.fsrsWeights, rescheduled };
}
