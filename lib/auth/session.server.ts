import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { AppError } from "../errors";
import { authOptions } from "./options.server";

export async function currentUserId(): Promise<string | null> {
  const session = await getServerSession(authOptions);
  return session?.user?.id ?? null;
}

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
