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

/** For API routes: the session's user id, or a 401. The id never comes from the client. */
export async function requireUserId(): Promise<string> {
  const id = await currentUserId();
  if (!id) throw new AppError("UNAUTHORIZED", "sign in first");
  return id;
}

/** For pages: the session's user id, or a redirect to sign-in that comes back here. */
export async function requirePageUserId(callbackPath: string): Promise<string> {
  const id = await currentUserId();
  if (!id) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return id;
}
