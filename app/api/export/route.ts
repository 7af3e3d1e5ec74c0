import { NextResponse } from "next/server";
import { db } from "@/lib/db.server";
import { authedRoute } from "@/lib/http.server";
import { exportUserData } from "@/lib/review/export-data";

export const GET = authedRoute(async ({ userId }) => {
  const data = await exportUserData(db, userId);
  const day = data.exportedAt.slice(0, 10);
  return NextResponse.json(data, { headers: { "Content-Disposition": `attachment; filename="go-base-export-${day}.json"` } });
});
