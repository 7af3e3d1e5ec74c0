import { db } from "@/lib/db.server";
import { authedRoute } from "@/lib/http.server";
import { browseCards } from "@/lib/cards/browse-cards";

export const GET = authedRoute(async ({ request, userId }) => browseCards(db, userId, Object.fromEntries(new URL(request.url).searchParams)));
