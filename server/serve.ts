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
import { gzipSync } from "node:zlib";
import { readBaseEnv } from "../lib/env";
import { hotRouteFor, type HotRouteHandler } from "../lib/front/hot-routes";
import { API_ROUTE_HEADERS } from "../lib/security/security-headers";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

const env = readBaseEnv();
const port = Number(option("port") ?? env.PORT);
/** Without --hostname, listen on every interface, as `next start` does. */
const hostname = option("hostname");
const frontEnabled = env.GO_BASE_HOT_FRONT !== "0";

/**
 * The request body as a web stream, with backpressure. Unlike `Readable.toWeb`, giving up on it
 * (a handler refusing an oversized body stops reading) never destroys the socket: `finish`
 * discards the rest as it arrives and resolves once the request is complete, and only then does
 * the front answer, as Next does. A refused body left paused, or a destroyed socket, reset the
 * client's next request on that connection (ECONNRESET in the fuzz e2e test).
 */
function bodyOf(req: IncomingMessage): { stream: ReadableStream<Uint8Array>; finish: () => Promise<void> } {
  let abandoned = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      req.on("data", (chunk: Buffer) => {
        if (abandoned) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 1) <= 0) req.pause();
      });
      req.once("end", () => abandoned || controller.close());
      req.once("error", (error) => abandoned || controller.error(error));
    },
    pull() {
      req.resume();
    },
    cancel() {
      abandoned = true;
      req.resume();
    },
  });
  const finish = () => {
    abandoned = true;
    if (req.complete || req.destroyed) return Promise.resolve();
    return new Promise<void>((resolve) => {
      req.once("end", resolve);
      req.once("close", resolve);
      req.resume();
    });
  };
  return { stream, finish };
}

/** The WHATWG request a Next route handler would get; the body streams (the 1 MiB limit is the handler's). */
function toRequest(req: IncomingMessage): { request: Request; finish: () => Promise<void> } {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  const url = `http://${req.headers.host ?? `${hostname ?? "localhost"}:${port}`}${req.url ?? "/"}`;
  if (req.method === "GET" || req.method === "HEAD") return { request: new Request(url, { method: req.method, headers }), finish: () => Promise.resolve() };
  const { stream, finish } = bodyOf(req);
  return { request: new Request(url, { method: req.method, headers, body: stream, duplex: "half" } as RequestInit), finish };
}

/** What Next sends on a route handler's response, so caches treat both paths alike. */
const NEXT_ROUTE_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";

async function answer(handler: HotRouteHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { request, finish } = toRequest(req);
  const response = await handler(request);
  let body = Buffer.from(await response.arrayBuffer());
  await finish();
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
