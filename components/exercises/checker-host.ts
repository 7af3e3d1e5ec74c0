"use client";

import type { CheckRequest, CheckResponse } from "@/lib/exercises/engine/protocol";
import { responseToResult, timeoutResult } from "@/lib/exercises/engine/protocol";
import type { CheckResult } from "@/lib/exercises/engine/types";

/**
 * Runs learner code where it can reach neither the app nor the network: a Web Worker
 * started inside a sandboxed iframe (`allow-scripts` only, so an opaque origin without our
 * cookies or storage) served by app/sandbox with a CSP that forbids every connection (its own
 * document, so the page's nonce-based CSP does not apply to it). The iframe enforces the time
 * limit by terminating the worker, so an infinite loop costs nothing but the wait.
 */
type Reply = { id: number; response?: CheckResponse; timedOut?: boolean; ready?: boolean };

let frame: Promise<HTMLIFrameElement> | null = null;
let workerSource: Promise<string> | null = null;
let nextId = 1;
const waiting = new Map<number, (reply: Reply) => void>();

function sandbox(): Promise<HTMLIFrameElement> {
  frame ??= new Promise((resolve) => {
    const iframe = document.createElement("iframe");
    iframe.setAttribute("sandbox", "allow-scripts");
    iframe.setAttribute("aria-hidden", "true");
    iframe.title = "Code runner sandbox";
    iframe.style.display = "none";
    window.addEventListener("message", (event: MessageEvent<Reply>) => {
      if (event.source !== iframe.contentWindow) return; // only our sandbox may answer
      if (event.data?.ready) return resolve(iframe);
      waiting.get(event.data?.id)?.(event.data);
    });
    iframe.src = "/sandbox";
    document.body.appendChild(iframe);
  });
  return frame;
}

function loadWorkerSource(): Promise<string> {
  workerSource ??= fetch("/checker/worker.js").then((r) => {
    if (!r.ok) throw new Error(`the checker could not be loaded (HTTP ${r.status})`);
    return r.text();
  });
  return workerSource;
}

/** Checks a solution in the sandbox; never rejects: problems come back as failures. */
export async function runCheck(request: Omit<CheckRequest, "type">, timeoutMs = 15_000): Promise<CheckResult> {
  try {
    const [iframe, source] = await Promise.all([sandbox(), loadWorkerSource()]);
    const id = nextId++;
    const reply = await new Promise<Reply>((resolve) => {
      waiting.set(id, resolve);
      // Margin over the worker's own limit, in case the iframe itself is stuck.
      setTimeout(() => resolve({ id, timedOut: true }), timeoutMs + 5000);
      iframe.contentWindow!.postMessage({ id, workerSource: source, request: { ...request, type: "check" }, timeoutMs }, "*");
    });
    waiting.delete(id);
    if (reply.timedOut || !reply.response) return timeoutResult(request.exerciseId, timeoutMs);
    return responseToResult(request.exerciseId, reply.response);
  } catch (error) {
    workerSource = null;
    return { exercise: request.exerciseId, passed: false, failures: [{ kind: "runtime", message: (error as Error).message }] };
  }
}
