import { NextResponse } from "next/server";
import { db } from "@/lib/db.server";
import { authedRoute, readJson } from "@/lib/http.server";
import { createDeck } from "@/lib/decks/create-deck";
import { listDecks } from "@/lib/decks/list-decks";

export const GET = authedRoute(async ({ userId }) => ({ decks: await listDecks(db, userId) }));
export const POST = authedRoute(async ({ request, userId }) => NextResponse.json({ deck: await createDeck(db, userId, await readJson(request)) }, { status: 201 }));
