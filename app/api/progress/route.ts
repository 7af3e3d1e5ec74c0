import { db } from "@/lib/db.server";
import { authedRoute } from "@/lib/http.server";
import { getProgress } from "@/lib/progress/get-progress";

/** The /progress page's data as JSON: heatmap, streaks, forecast, retention, states, mastery, quizzes. */
export const GET = authedRoute(async ({ userId }) => getProgress(db, userId));
