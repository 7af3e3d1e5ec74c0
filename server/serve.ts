/**
 * The production server: Next.js behind a small `node:http` front (decision 0016).
 *
 * The front answers the two hot routes (lib/front/hot-routes.ts) by calling the handlers the
 * Next route modules export and registered, so it shares their auth, validation, errors and
 * database client; it adds the response headers next.config.ts would add. Every other request,
 * and a hot route whose module Next has not loaded yet, goes to Next unchanged.
 *
 * Usage: node --import tsx server/serve.ts [--port N] [--hostname H]
 * GO_BASE_HOT_FRONT=0 sends everything to Next (the behaviour tests run both ways).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { hotRouteFor, type HotRouteHandler } from "../lib/front/hot-routes";
import { API_ROUTE_HEADERS } from "../lib/security/security-headers";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

const port = Number(option("port") ?? process.env.PORT ?? 3000);
/** Without --hostname, listen on every interface, as `next start` does. */
const hostname = option("hostname");
const frontEnabled = process.env.GO_BASE_HOT_FRONT !== "0";

/** The WHATWG request a Next route handler would get; the body streams (the 1 MiB limit is the handler's). */
function toRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  const url = `http://${req.headers.host ?? `${hostname ?? "localhost"}:${port}`}${req.url ?? "/"}`;
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(url, hasBody ? { method: req.method, headers, body: Readable.toWeb(req) as ReadableStream, duplex: "half" } as RequestInit : { method: req.method, headers });
}

/** What Next sends on a route handler's response, so caches treat both paths alike. */
const NEXT_ROUTE_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";

async function answer(handler: HotRouteHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const response = await handler(toRequest(req));
  let body = Buffer.from(await response.arrayBuffer());
  res.statusCode = response.status;
  for (const { key, value } of API_ROUTE_HEADERS) res.setHeader(key, value);
  res.setHeader("Vary", NEXT_ROUTE_VARY);
  response.headers.forEach((value, key) => {
    if (key !== "set-cookie") res.setHeader(key, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader("set-cookie", cookies);
  // As Next does: it streams a route's answer, so its compression never sees a size and gzips
  // every body the client accepts gzip for (a queue of 20 cards is ~30 KiB of JSON).
  if (body.length > 0 && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
    body = gzipSync(body);
    res.setHeader("Content-Encoding", "gzip");
  }
  res.setHeader("Content-Length", body.length);
  res.end(body);
}

async function main() {
  // As `next start` does, before Next loads (hence the dynamic import).
  (process.env as Record<string, string>).NODE_ENV = "production";
  const { default: next } = await import("next");
  const app = next({ dev: false, hostname: hostname ?? "localhost", port, dir: process.cwd() });
  const handleWithNext = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    const url = req.url ?? "/";
    const query = url.indexOf("?");
    const handler = frontEnabled ? hotRouteFor(req.method, query === -1 ? url : url.slice(0, query)) : undefined;
    const served = handler ? answer(handler, req, res) : handleWithNext(req, res);
    served.catch((error: unknown) => {
      // The handlers answer their own errors; this is the connection failing (a client gone).
      console.error(error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  const listening = () => console.log(`go-base: serving on port ${port}${frontEnabled ? " (hot routes through the front)" : " (everything through Next)"}`);
  if (hostname) server.listen(port, hostname, listening);
  else server.listen(port, listening);
  const stop = () => server.close(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
