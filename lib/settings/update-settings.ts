import type { Db } from "../db";
import { AppError, parseInput } from "../errors";
import { dayKey } from "../time/day";
import { getSettings, settingsSelect, toUserSettings, type UserSettings } from "./get-settings";
import { stepsWithin } from "./sanitize-settings";
import { settingsUpdateSchema } from "./settings-schema";
import { resolveInterviewScope } from "../scheduler/interview-scope";

/**
 * Settings only shape future scheduling: every review stores the parameters it was graded
 * with, so changing them rewrites no history. Every learning and relearning step must fit in
 * the maximum interval, checked against the merged result (a PATCH may change either side).
 * An interview date is a day in the user's zone and may not be before their today
 * (INTERVIEW_DATE_PAST); its scope must name existing chapters or the user's own decks (UNKNOWN_CHAPTER).
 */
export async function updateSettings(db: Db, userId: string, input: unknown, now: Date = new Date()): Promise<UserSettings> {
  const data = parseInput(settingsUpdateSchema, input);
  const merged = { ...(await getSettings(db, userId)), ...data };
  for (const field of ["learningSteps", "relearningSteps"] as const) {
    if (!stepsWithin(merged[field], merged.maximumInterval)) {
      throw AppError.invalid(`${field}: each step must be at most the maximum interval (${merged.maximumInterval}d)`, { [field]: { errors: ["step longer than maximumInterval"] } });
    }
  }
  // Only a newly set date is checked: a stored date that has passed stays readable (and inert).
  if (data.interviewDate && data.interviewDate < dayKey(now, merged.timezone)) {
    throw new AppError("INTERVIEW_DATE_PAST", `the interview date ${data.interviewDate} is before today (${dayKey(now, merged.timezone)} in ${merged.timezone})`);
  }
  if (data.interviewScope?.length) {
    const ids = [...new Set(data.interviewScope)];
    const { unknown } = await resolveInterviewScope(db, userId, ids);
    if (unknown.length > 0) throw new AppError("UNKNOWN_CHAPTER", `not a chapter or one of your decks: ${unknown.join(", ")}`, { unknown });
    data.interviewScope = ids;
  }
  const { interviewScope, easyDays, ...plain } = data;
  const stored = {
    ...plain,
    ...(interviewScope ? { interviewScope: JSON.stringify(interviewScope) } : {}),
    ...(easyDays ? { easyDays: JSON.stringify(easyDays) } : {}),
  };
  const row = await db.settings.upsert({ where: { userId }, update: stored, create: { userId, ...stored }, select: settingsSelect });
  return toUserSettings(row);
}
