import { db } from "@/lib/db.server";
import { authedRoute, readJson } from "@/lib/http.server";
import { getSettings, publicSettings } from "@/lib/settings/get-settings";
import { getLeechSettings } from "@/lib/settings/leech-settings";
import { updateSettings } from "@/lib/settings/update-settings";

export const GET = authedRoute(async ({ userId }) => ({ settings: { ...publicSettings(await getSettings(db, userId)), ...(await getLeechSettings(db, userId)) } }));
export const PATCH = authedRoute(async ({ request, userId }) => {
  const settings = publicSettings(await updateSettings(db, userId, await readJson(request)));
  return { settings: { ...settings, ...(await getLeechSettings(db, userId)) } };
});
