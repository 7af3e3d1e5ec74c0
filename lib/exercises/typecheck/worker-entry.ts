/**
 * Browser worker for advisory type checking (bundled by scripts/build-checker.ts into
 * public/checker/typecheck.js with the ES2022 lib files inlined as TS_LIBS). It only parses
 * and type-checks the text; learner code is never executed here.
 */
import { typeCheck } from "./typecheck";

declare const TS_LIBS: Record<string, string>;

const scope = self as unknown as { onmessage: ((ev: { data: { id: number; source: string } }) => void) | null; postMessage: (m: unknown) => void };

scope.onmessage = (ev) => {
  const { id, source } = ev.data;
  try {
    scope.postMessage({ id, diagnostics: typeCheck(source, TS_LIBS) });
  } catch (error) {
    scope.postMessage({ id, error: (error as Error).message });
  }
};
