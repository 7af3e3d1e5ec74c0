import { z } from "zod";
import { db } from "@/lib/db.server";
import { parseInput } from "@/lib/errors";
import { authedRoute, readJson } from "@/lib/http.server";
import { setSuspended } from "@/lib/review/set-card-hidden";

const bodySchema = z.looseObject({ suspended: z.boolean().default(true) });

export const POST = authedRoute(async ({ request, userId }) => {
  const body = await readJson(request);
  const { suspended, ...rest } = parseInput(bodySchema, body);
  return setSuspended(db, userId, rest, suspended);
});
