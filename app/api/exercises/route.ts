import { db } from "@/lib/db.server";
import { authedRoute } from "@/lib/http.server";
import { listExercisesForUser } from "@/lib/exercises/progress/list-exercises";

export const GET = authedRoute(async ({ userId }) => ({ exercises: await listExercisesForUser(db, userId) }));
