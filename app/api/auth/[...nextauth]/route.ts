import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authOptions } from "@/lib/auth/options.server";
import { authThrottle } from "@/lib/auth/throttle.server";
import { env } from "@/lib/env.server";
import { AppError } from "@/lib/errors";
import { readBodyText } from "@/lib/http/body-limit";
import { clientIp } from "@/lib/http/client-ip";
import { assertSameOrigin, publicOriginOf } from "@/lib/http/origin-check";
import { errorResponse } from "@/lib/http.server";

const handler = NextAuth(authOptions);
type Ctx = { params: Promise<{ nextauth: string[] }> };

/** Sign-in forms are tiny; anything bigger is not a sign-in. */
const AUTH_BODY_LIMIT = 16 * 1024;

/**
 * next-auth's GETs, except the credentials callback: next-auth answers a GET there with a 500
 * (found by the fuzz suite); it only takes POST.
 */
export async function GET(request: Request, ctx: Ctx): Promise<Response> {
  if ((await ctx.params).nextauth.join("/") === "callback/credentials") {
    const response = errorResponse(new AppError("METHOD_NOT_ALLOWED", "sign in with a POST"));
    response.headers.set("Allow", "POST");
    return response;
  }
  return handler(request, ctx);
}

/**
 * next-auth's POSTs, behind the app's edge checks: same origin, a bounded body, and for the
 * credentials sign-in the throttle (429 + Retry-After while the account or IP is blocked,
 * answered before any password hash is spent). The 429 body also carries next-auth's `url`
 * so `signIn()` in the browser reports `error: "RateLimited"`.
 */
export async function POST(request: Request, ctx: Ctx): Promise<Response> {
  try {
    assertSameOrigin(request, publicOriginOf(request, env.NEXTAUTH_URL));
    const form = new URLSearchParams(await readBodyText(request.clone(), AUTH_BODY_LIMIT));
    if ((await ctx.params).nextauth.join("/") === "callback/credentials") {
      try {
        await authThrottle.assertSignInAllowed(form.get("email"), clientIp(request.headers));
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== "RATE_LIMITED") throw error;
        const response = errorResponse(error);
        const url = `${publicOriginOf(request, env.NEXTAUTH_URL)}/api/auth/error?error=RateLimited`;
        return NextResponse.json({ url, error: { code: error.code, message: error.message, details: error.details } }, { status: 429, headers: response.headers });
      }
    }
  } catch (error) {
    return errorResponse(error);
  }
  return handler(request, ctx);
}
