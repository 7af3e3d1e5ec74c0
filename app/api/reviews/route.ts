import { db } from "@/lib/db.server";
import { registerHotRoute } from "@/lib/front/hot-routes";
import { authedRoute, readJson } from "@/lib/http.server";
import { submitReview } from "@/lib/review/submit-review";

export const POST = authedRoute(async ({ request, userId }) => submitReview(db, userId, await readJson(request)));

// server/serve.ts answers this route with this same handler, bypassing Next's router (decision 0016).
registerHotRoute("POST /api/reviews", POST);
