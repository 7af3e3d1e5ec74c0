import { z } from "zod";
import { db } from "@/lib/db.server";
import { parseInput } from "@/lib/errors";
import { authedRoute } from "@/lib/http.server";
import { findOwnDeck } from "@/lib/decks/find-own-deck";
import { registerHotRoute } from "@/lib/front/hot-routes";
import { getQueue } from "@/lib/review/get-queue";

const querySchema = z.object({
  limit: z.coerce.number().int().min(0).max(200).default(20),
  /** review one own deck, or one chapter, instead of everything */
  deck: z.string().min(1).max(100).optional(),
  chapter: z.string().min(1).max(100).optional(),
});

export const GET = authedRoute(async ({ request, userId }) => {
  const { limit, deck, chapter } = parseInput(querySchema, Object.fromEntries(new URL(request.url).searchParams));
  const deckId = deck ? (await findOwnDeck(db, userId, deck)).id : undefined;
  return getQueue(db, userId, { limit, filter: { deckId, chapterId: chapter } });
});

// server/serve.ts answers this route with this same handler, bypassing Next's router (decision 0016).
registerHotRoute("GET /api/review/queue", GET);
