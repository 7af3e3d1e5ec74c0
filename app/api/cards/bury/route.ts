import { db } from "@/lib/db.server";
import { authedRoute, readJson } from "@/lib/http.server";
import { buryCard } from "@/lib/review/set-card-hidden";

export const POST = authedRoute(async ({ request, userId }) => buryCard(db, userId, await readJson(request)));
