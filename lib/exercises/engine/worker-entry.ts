/**
 * Browser Web Worker entry (bundled by scripts/build-checker.ts into public/checker/worker.js).
 * Protocol: the page posts a CheckRequest ({ type: "check", exerciseId, source, mode, seed });
 * the worker posts back one CheckResponse. The page enforces the time limit by terminating it.
 */
import { runCheckRequest } from "../run-request";
import type { CheckRequest } from "./protocol";

const scope = self as unknown as {
  onmessage: ((ev: { data: CheckRequest }) => void) | null;
  postMessage: (m: unknown) => void;
};

scope.onmessage = (ev) => {
  const req = ev.data;
  void runCheckRequest({ ...req, type: "check" }).then((res) => scope.postMessage(res));
};
