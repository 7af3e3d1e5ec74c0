import { precacheManifest } from "@/lib/pwa/precache-manifest";

// Read once per server process: the build it serves does not change under it.
let script: string | null = null;

export const dynamic = "force-dynamic";

/** The service worker's precache list for this build (public/sw.js imports it with importScripts). */
export function GET() {
  if (!script || process.env.NODE_ENV === "development") {
    const { buildId, entries } = precacheManifest();
    script = `self.__SW_BUILD_ID=${JSON.stringify(buildId)};self.__SW_MANIFEST=${JSON.stringify(entries)};`;
  }
  return new Response(script, {
    headers: { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-cache", "content-security-policy": "default-src 'none'" },
  });
}
