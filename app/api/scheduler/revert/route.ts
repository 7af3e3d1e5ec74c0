import { db } from "@/lib/db.server";
import { authedRoute } from "@/lib/http.server";
import { revertParameters } from "@/lib/scheduler/revert-parameters";

export const POST = authedRoute(async ({ userId }) => revertParameters(db, userId));
