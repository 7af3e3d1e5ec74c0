import { NextResponse } from "next/server";
import { db } from "@/lib/db.server";
import { authedRoute } from "@/lib/http.server";
import { resolveDataDir } from "@/lib/import/data-dir";
import { readUpload } from "@/lib/import/read-upload";
import { startImport } from "@/lib/import/start-import";

/** Starts an import of an .apkg/.colpkg, .csv or .md file (multipart field `file`); poll GET /api/import/[jobId]. */
export const POST = authedRoute(async ({ request, userId }) => {
  const upload = await readUpload(request);
  const { jobId } = await startImport(db, userId, upload, resolveDataDir());
  return NextResponse.json({ jobId }, { status: 202 });
});
