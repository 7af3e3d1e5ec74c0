import { NextResponse } from "next/server";
import { db } from "@/lib/db.server";
import { authedRoute, readJson } from "@/lib/http.server";
import { createCard } from "@/lib/cards/create-card";

export const POST = authedRoute(async ({ request, userId }) => NextResponse.json({ card: await createCard(db, userId, await readJson(request)) }, { status: 201 }));
