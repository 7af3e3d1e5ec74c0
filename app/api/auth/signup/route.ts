import { NextResponse } from "next/server";
import { signUp } from "@/lib/auth/sign-up";
import { authThrottle } from "@/lib/auth/throttle.server";
import { db } from "@/lib/db.server";
import { clientIp } from "@/lib/http/client-ip";
import { publicRoute, readJson } from "@/lib/http.server";
import { LOCALE_COOKIE } from "@/lib/i18n/resolve-ui-locale";

export const POST = publicRoute(async ({ request }) => {
  const body = await readJson(request);
  // Counted per e-mail and per IP before the hash: a sign-up flood waits instead of burning CPU.
  await authThrottle.admitSignUp((body as { email?: unknown } | null)?.email, clientIp(request.headers));
  // A language picked in the header before signing up wins over the browser's (a bare "zh" or
  // "en" reads as that language).
  const picked = request.headers.get("cookie")?.match(new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=(en|zh)(?:;|$)`))?.[1];
  const user = await signUp(db, body, picked ?? request.headers.get("accept-language"));
  return NextResponse.json({ user }, { status: 201 });
});
