import { db } from "@/lib/db.server";
import { authedRoute } from "@/lib/http.server";
import { undoLastReview } from "@/lib/review/undo-review";

export const POST = authedRoute(async ({ userId }) => undoLastReview(db, userId));
