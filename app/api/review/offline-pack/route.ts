import { db } from "@/lib/db.server";
import { authedRoute } from "@/lib/http.server";
import { getOfflinePack } from "@/lib/review/get-offline-pack";

export const GET = authedRoute(async ({ userId }) => getOfflinePack(db, userId));
