import { db } from "@/lib/db.server";
import { authedRoute, readJson } from "@/lib/http.server";
import { undoReview } from "@/lib/review/undo-review";

export const POST = authedRoute(async ({ request, userId }) => undoReview(db, userId, await readJson(request)));
