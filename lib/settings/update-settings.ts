import type { Db } from "../db";
import { AppError, parseInput } from "../errors";
import { getSettings, settingsSelect, toUserSettings, type UserSettings } from "./get-settings";
import { stepsWithin } from "./sanitize-settings";
import { settingsUpdateSchema } from "./settings-schema";

/**
 * Settings only shape future scheduling: every review stores the parameters it was graded
 * with, so changing them rewrites no history. Every learning and relearning step must fit in
 * the maximum interval, checked against the merged result (a PATCH may change either side).
 */
export async function updateSettings(db: Db, userId: string, input: unknown): Promise<UserSettings> {
  const data = parseInput(settingsUpdateSchema, input);
  const merged = { ...(await getSettings(db, userId)), ...data };
  for (const field of ["learningSteps", "relearningSteps"] as const) {
    if (!stepsWithin(merged[field], merged.maximumInterval)) {
      throw AppError.invalid(`${field}: each step must be at most the maximum interval (${merged.maximumInterval}d)`, { [field]: { errors: ["step longer than maximumInterval"] } });
    }
  }
  const row = await db.settings.upsert({ where: { userId }, update: data, create: { userId, ...data }, select: settingsSelect });
  return toUserSettings(row);
}
