/**
 * The two requests a learner makes every few seconds, answered without Next's router.
 *
 * Why: Next's per-request machinery costs more than the work of a grade or a queue read
 * (decision 0016). The front (server/serve.ts) answers these two routes itself, but with the
 * very handler functions the Next routes export: each route module registers its handler here
 * when Next loads it, so auth, validation, errors and the database client stay one
 * implementation, loaded once. Until a route module is loaded, the front hands its requests to
 * Next (which loads it). The registry lives on globalThis because the front is compiled apart
 * from Next's server bundle, which has its own copy of this module.
 */
export type HotRouteHandler = (request: Request) => Promise<Response>;

export const HOT_ROUTES = ["POST /api/reviews", "GET /api/review/queue"] as const;
export type HotRoute = (typeof HOT_ROUTES)[number];

const registry = globalThis as unknown as { goBaseHotRoutes?: Map<string, HotRouteHandler> };

function routes(): Map<string, HotRouteHandler> {
  registry.goBaseHotRoutes ??= new Map();
  return registry.goBaseHotRoutes;
}

/** Called by a hot route's module: its exported handler, for the front to call too. */
export function registerHotRoute(route: HotRoute, handler: (request: Request, ctx: undefined) => Promise<Response>): void {
  routes().set(route, (request) => handler(request, undefined));
}

/** The handler for this method and path (no query string), once its route module has loaded. */
export function hotRouteFor(method: string | undefined, pathname: string): HotRouteHandler | undefined {
  return registry.goBaseHotRoutes?.get(`${method} ${pathname}`);
}
