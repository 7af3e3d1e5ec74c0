"use client";

import type { TypeDiagnostic } from "@/lib/exercises/typecheck/typecheck";

/**
 * Advisory type checking in a worker of its own. The bundle (TypeScript and its lib files)
 * is ~1 MB gzipped, so it is fetched on the first request, never with the page. It only
 * analyses text, so unlike the runner it needs no sandbox.
 */
let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (reply: { diagnostics?: TypeDiagnostic[]; error?: string }) => void>();

export function checkTypes(source: string): Promise<TypeDiagnostic[]> {
  if (!worker) {
    worker = new Worker("/checker/typecheck.js");
    worker.onmessage = (event: MessageEvent<{ id: number; diagnostics?: TypeDiagnostic[]; error?: string }>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    };
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, (reply) => (reply.diagnostics ? resolve(reply.diagnostics) : reject(new Error(reply.error ?? "type check failed"))));
    worker!.postMessage({ id, source });
  });
}
