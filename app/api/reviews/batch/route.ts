import { db } from "@/lib/db.server";
import { authedRoute, readJson } from "@/lib/http.server";
import { submitReviewBatch } from "@/lib/review/submit-review-batch";

export const POST = authedRoute(async ({ request, userId }) => submitReviewBatch(db, userId, await readJson(request)));
