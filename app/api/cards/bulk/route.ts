import { db } from "@/lib/db.server";
import { authedRoute, readJson } from "@/lib/http.server";
import { bulkCards } from "@/lib/cards/bulk-cards";

export const POST = authedRoute(async ({ request, userId }) => bulkCards(db, userId, await readJson(request)));
