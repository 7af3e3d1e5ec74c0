import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { API_CSP, NO_FRAMING, STATIC_HEADERS } from "./lib/security/security-headers";

const nextConfig: NextConfig = {
  // Native addons must stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@node-rs/argon2", "pg", "@prisma/adapter-pg", "@open-spaced-repetition/binding"],
  poweredByHeader: false,
  typedRoutes: false,
  // Pages get their nonce-based CSP (and HSTS over https) from proxy.ts; these apply everywhere.
  async headers() {
    return [
      { source: "/:path*", headers: STATIC_HEADERS },
      { source: "/((?!sandbox$).*)", headers: [NO_FRAMING] },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
    ];
  },
};

// next-intl without i18n routing: reads ./i18n/request.ts per request (no middleware, no locale in URLs).
const withNextIntl = createNextIntlPlugin();

export default withNextIntl(nextConfig);
