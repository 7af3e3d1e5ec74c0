import { db } from "@/lib/db.server";
import { authedRoute, readJson } from "@/lib/http.server";
import { getSettings, type UserSettings } from "@/lib/settings/get-settings";
import { updateSettings } from "@/lib/settings/update-settings";

// The interview plan's bookkeeping (stamp, pulled today) is internal.
const shown = ({ interviewPlanStamp: _stamp, interviewPulled: _pulled, ...settings }: UserSettings) => settings;

export const GET = authedRoute(async ({ userId }) => ({ settings: shown(await getSettings(db, userId)) }));
export const PATCH = authedRoute(async ({ request, userId }) => ({ settings: shown(await updateSettings(db, userId, await readJson(request))) }));
