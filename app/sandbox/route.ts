import { SANDBOX_CSP } from "@/lib/security/security-headers";

// The code runner's frame (components/exercises/checker-host.ts loads it sandboxed, without
// allow-same-origin). It receives the checker bundle and a request by postMessage, runs them
// in a Worker from a blob: URL, and posts the result back; its CSP allows no connection at all.
const SANDBOX_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>sandbox</title></head><body><script>
let url = null;
addEventListener("message", (event) => {
  if (event.source !== parent) return;
  const { id, workerSource, request, timeoutMs } = event.data;
  if (!url) url = URL.createObjectURL(new Blob([workerSource], { type: "text/javascript" }));
  const worker = new Worker(url);
  const done = (message) => { clearTimeout(timer); worker.terminate(); parent.postMessage({ id, ...message }, "*"); };
  const timer = setTimeout(() => done({ timedOut: true }), timeoutMs);
  worker.onmessage = (m) => done({ response: m.data });
  worker.onerror = (e) => { e.preventDefault(); done({ response: { type: "error", exerciseId: request.exerciseId, message: e.message || "the worker failed" } }); };
  worker.postMessage(request);
});
parent.postMessage({ ready: true }, "*");
</script></body></html>`;

export const dynamic = "force-static";

export function GET(): Response {
  return new Response(SANDBOX_HTML, {
    headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": SANDBOX_CSP, "Cache-Control": "public, max-age=3600" },
  });
}
