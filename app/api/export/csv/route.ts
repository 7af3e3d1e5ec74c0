import { db } from "@/lib/db.server";
import { downloadResponse } from "@/lib/export/download-response";
import { exportDeckFile } from "@/lib/export/export-deck-file";
import { authedRoute } from "@/lib/http.server";
import { resolveDataDir } from "@/lib/import/data-dir";

/** GET ?deck=<own deck or chapter id>: the deck as a download. */
export const GET = authedRoute(async ({ request, userId }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return downloadResponse(await exportDeckFile(db, userId, "csv", query, resolveDataDir()));
});
