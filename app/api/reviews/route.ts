import { db } from "@/lib/db.server";
import { authedRoute, readJson } from "@/lib/http.server";
import { submitReview } from "@/lib/review/submit-review";

export const POST = authedRoute(async ({ request, userId }) => submitReview(db, userId, await readJson(request)));
