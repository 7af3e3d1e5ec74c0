import { z } from "zod";
import { db } from "@/lib/db.server";
import { parseInput } from "@/lib/errors";
import { authedRoute } from "@/lib/http.server";
import { getQueue } from "@/lib/review/get-queue";

const querySchema = z.object({ limit: z.coerce.number().int().min(0).max(200).default(20) });

export const GET = authedRoute(async ({ request, userId }) => {
  const { limit } = parseInput(querySchema, Object.fromEntries(new URL(request.url).searchParams));
  return getQueue(db, userId, { limit });
});
