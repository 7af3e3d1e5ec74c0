/**
 * The security headers, in one place (proxy.ts sets the page ones, next.config.ts the static
 * ones). No Node or Next imports: proxy.ts and next.config.ts both load this.
 */

/** The page CSP: scripts only with this response's nonce (Next's own and the theme script), and what they load. */
export function pageCsp(nonce: string, options: { dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': chunks loaded by Next's nonce'd bootstrap are trusted; 'self' is ignored by CSP3 browsers.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // React style attributes and CodeMirror's injected <style> need inline styles; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // The type checker runs as /checker/typecheck.js; the code runner's worker lives inside the sandbox frame.
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self' https://github.com",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * The code-runner sandbox (app/sandbox): its own document, so it does not inherit the page CSP
 * (a srcdoc frame would), and a policy that lets learner code run but reach nothing.
 */
export const SANDBOX_CSP = "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval' blob:; worker-src blob:; connect-src 'none'";

/** API responses are data, never documents to render or frame. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** On every response (next.config.ts). */
export const STATIC_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** For browsers without frame-ancestors: everything but the sandbox, which our own pages frame. */
export const NO_FRAMING = { key: "X-Frame-Options", value: "DENY" };

/**
 * What next.config.ts's rules add to every /api response, in their order. The front
 * (server/serve.ts) adds the same to the routes it answers without Next.
 */
export const API_ROUTE_HEADERS = [...STATIC_HEADERS, NO_FRAMING, { key: "Content-Security-Policy", value: API_CSP }];

export const HSTS = "max-age=31536000; includeSubDomains";

/** A fresh nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
