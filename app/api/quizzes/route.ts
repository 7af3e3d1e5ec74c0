import { NextResponse } from "next/server";
import { db } from "@/lib/db.server";
import { authedRoute, readJson } from "@/lib/http.server";
import { listQuizzes } from "@/lib/quiz/list-quizzes";
import { startQuiz } from "@/lib/quiz/start-quiz";

export const GET = authedRoute(async ({ userId }) => listQuizzes(db, userId));

export const POST = authedRoute(async ({ request, userId }) => NextResponse.json(await startQuiz(db, userId, await readJson(request)), { status: 201 }));
