// The service worker, bundled by scripts/build-sw.ts (esbuild, serwist core) into public/sw.js.
// Not part of the Next build: it must work the same whichever bundler builds the app.
//
// - Precache: the build's hashed assets (/_next/static: JS, CSS, fonts) and the checker bundle,
//   listed by /sw-manifest.js for the running build, so a new deployment is a new worker.
// - Pages: network first, the last good copy when offline (every visited page, and the page a
//   worker first sees is cached on request by the client, see components/pwa/pwa-client.tsx).
// - API calls are never cached: the review page keeps its own offline data in IndexedDB.
import { CacheFirst, ExpirationPlugin, NetworkFirst, Serwist, StaleWhileRevalidate, type PrecacheEntry } from "serwist";

type WorkerScope = {
  __SW_MANIFEST?: PrecacheEntry[];
  location: Location;
  clients: { claim(): Promise<void> };
  addEventListener(type: "message", listener: (event: { data: unknown; waitUntil(promise: Promise<unknown>): void }) => void): void;
};
declare const self: WorkerScope;
declare function importScripts(...urls: string[]): void;

importScripts("/sw-manifest.js");

const sameOrigin = (url: URL) => url.origin === self.location.origin;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST ?? [],
  precacheOptions: { cleanupOutdatedCaches: true },
  // A new version waits until the learner accepts the "update available" prompt (the page
  // then posts SKIP_WAITING, which Serwist handles).
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      // Page loads, and pages the client asks to keep (CACHE_URLS, sent with an HTML Accept header).
      matcher: ({ request, url }) =>
        sameOrigin(url) && !url.pathname.startsWith("/api/") && (request.mode === "navigate" || (request.headers.get("accept")?.includes("text/html") === true && request.headers.get("RSC") !== "1")),
      handler: new NetworkFirst({ cacheName: "pages", networkTimeoutSeconds: 4, plugins: [new ExpirationPlugin({ maxEntries: 64 })] }),
    },
    {
      // Client-side navigations (React Server Component payloads): offline, Next falls back to a page load.
      matcher: ({ request, url }) => sameOrigin(url) && request.headers.get("RSC") === "1",
      handler: new NetworkFirst({ cacheName: "rsc", networkTimeoutSeconds: 4, plugins: [new ExpirationPlugin({ maxEntries: 64 })] }),
    },
    { matcher: ({ url }) => sameOrigin(url) && url.pathname.startsWith("/_next/static/"), handler: new CacheFirst({ cacheName: "static" }) },
    { matcher: ({ url }) => sameOrigin(url) && (url.pathname.startsWith("/checker/") || url.pathname.startsWith("/icons/")), handler: new StaleWhileRevalidate({ cacheName: "assets" }) },
  ],
});

serwist.addEventListeners();

// The claim at activation misses a page whose load began before this worker was active (on a
// busy machine, the page a learner opened while the first install ran): that page asks again
// once it sees the worker ready (components/pwa/pwa-client.tsx), so it works offline at once.
self.addEventListener("message", (event) => {
  if ((event.data as { type?: unknown } | null)?.type === "CLAIM") event.waitUntil(self.clients.claim());
});
