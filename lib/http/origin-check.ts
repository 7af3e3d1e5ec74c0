import { AppError } from "../errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses a state-changing request that a browser sent from another origin (CSRF, including a
 * sibling subdomain: same-site is not same-origin). `Sec-Fetch-Site` is trusted when present
 * (browsers set it and pages cannot forge it); otherwise `Origin` must equal the app's public
 * origin. A request with neither header is not from a browser page (curl, scripts) and carries
 * no ambient credentials an attacker could borrow, so it passes.
 */
export function assertSameOrigin(request: Request, publicOrigin: string): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  const site = request.headers.get("sec-fetch-site");
  if (site !== null) {
    // "none": the user typed or bookmarked it; nothing cross-site about that.
    if (site === "same-origin" || site === "none") return;
    throw new AppError("CROSS_ORIGIN", "cross-origin requests may not change anything");
  }
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== publicOrigin) throw new AppError("CROSS_ORIGIN", "cross-origin requests may not change anything");
}

/** The origin the app is served at: NEXTAUTH_URL's when set (behind a proxy), else the request's own. */
export function publicOriginOf(request: Request, nextAuthUrl: string | undefined): string {
  return new URL(nextAuthUrl ?? request.url).origin;
}
