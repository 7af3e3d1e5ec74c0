import { NextResponse, type NextRequest } from "next/server";
import { createNonce, HSTS, pageCsp } from "./lib/security/security-headers";

/**
 * Every page gets a CSP with a fresh nonce. Next reads the nonce from the request's CSP header
 * and puts it on its own inline scripts; app/layout.tsx reads `x-nonce` for the theme script.
 * API routes, static files, the service worker and its precache list, and the code sandbox
 * are excluded (matcher and below): their headers are static (next.config.ts) or their own.
 * (A worker's CSP is its script's response header: a page nonce there would block its imports.)
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === "/sandbox") return NextResponse.next();
  const nonce = createNonce();
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https" || process.env.NEXTAUTH_URL?.startsWith("https:") === true;
  const csp = pageCsp(nonce, { dev: process.env.NODE_ENV === "development", https });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|checker/|sw.js|sw-manifest.js|icons/).*)",
      // Prefetches reuse the page's document; no nonce needed for them.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
