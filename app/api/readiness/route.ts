import { db } from "@/lib/db.server";
import { authedRoute } from "@/lib/http.server";
import { getReadiness } from "@/lib/scheduler/get-readiness";

/** `{ date, daysLeft, overall, chapters: [{ id, title, recall, cards, studied }] }`: predicted recall on the interview day. */
export const GET = authedRoute(async ({ userId }) => getReadiness(db, userId));
