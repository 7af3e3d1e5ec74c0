import type { Db } from "../db";
import { parseInput } from "../errors";
import { settingsSelect, toUserSettings, type UserSettings } from "./get-settings";
import { settingsUpdateSchema } from "./settings-schema";

/**
 * Settings only shape future scheduling: every review stores the parameters it was graded
 * with, so changing them rewrites no history.
 */
export async function updateSettings(db: Db, userId: string, input: unknown): Promise<UserSettings> {
  const data = parseInput(settingsUpdateSchema, input);
  const row = await db.settings.upsert({ where: { userId }, update: data, create: { userId, ...data }, select: settingsSelect });
  return toUserSettings(row);
}
