import { db } from "@/lib/db.server";
import { authedRoute, readJson } from "@/lib/http.server";
import { adoptParameters } from "@/lib/scheduler/adopt-parameters";

export const POST = authedRoute(async ({ request, userId }) => adoptParameters(db, userId, await readJson(request)));
