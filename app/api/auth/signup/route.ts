import { NextResponse } from "next/server";
import { signUp } from "@/lib/auth/sign-up";
import { authThrottle } from "@/lib/auth/throttle.server";
import { db } from "@/lib/db.server";
import { clientIp } from "@/lib/http/client-ip";
import { publicRoute, readJson } from "@/lib/http.server";

export const POST = publicRoute(async ({ request }) => {
  const body = await readJson(request);
  // Counted per e-mail and per IP before the hash: a sign-up flood waits instead of burning CPU.
  await authThrottle.admitSignUp((body as { email?: unknown } | null)?.email, clientIp(request.headers));
  const user = await signUp(db, body, request.headers.get("accept-language"));
  return NextResponse.json({ user }, { status: 201 });
});
