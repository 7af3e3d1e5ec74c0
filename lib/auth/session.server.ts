import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db.server";
import { AppError } from "../errors";
import { authOptions } from "./options.server";

/**
 * The signed-in user's id, or null. A valid session for a user that no longer exists (the
 * database was reset) counts as signed out instead of failing every query with a foreign
 * key error. Memoised per request: the header and the page both ask.
 */
export const currentUserId = cache(async (): Promise<string | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({ where: { id }, select: { id: true } });
  return user?.id ?? null;
});

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
