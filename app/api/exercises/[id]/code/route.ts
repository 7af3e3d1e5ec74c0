import { db } from "@/lib/db.server";
import { authedRoute, readJson } from "@/lib/http.server";
import { saveExerciseCode } from "@/lib/exercises/progress/save-code";

type Ctx = { params: Promise<{ id: string }> };

export const PUT = authedRoute<Ctx>(async ({ request, userId, ctx }) => saveExerciseCode(db, userId, (await ctx.params).id, await readJson(request)));

// navigator.sendBeacon (the save on leaving the page) can only POST.
export const POST = PUT;
