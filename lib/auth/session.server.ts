import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db.server";
import { env } from "../env.server";
import { AppError } from "../errors";
import { resolveUserId } from "./resolve-user";

/**
 * The signed-in user's id, or null (see resolveUserId). Memoised per request: the header
 * and the page both ask.
 */
export const currentUserId = cache(async (): Promise<string | null> => resolveUserId(db, (await headers()).get("cookie"), env.NEXTAUTH_SECRET));

/**
 * For API routes: the user of this request's session cookie, or a 401. Reads the request
 * itself, not Next's request context, so the front (server/serve.ts) can call the same routes.
 */
export async function requireRequestUserId(request: Request): Promise<string> {
  const id = await resolveUserId(db, request.headers.get("cookie"), env.NEXTAUTH_SECRET);
  if (!id) throw new AppError("UNAUTHORIZED", "sign in first");
  return id;
}

/** For pages: the session's user id, or a redirect to sign-in that comes back here. */
export async function requirePageUserId(callbackPath: string): Promise<string> {
  const id = await currentUserId();
  if (!id) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return id;
}
