import { readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";

/** An upload older than this belongs to a job that died with its process (no import runs that long). */
export const STALE_UPLOAD_MS = 24 * 60 * 60 * 1000;

/** Removes uploads left behind by interrupted import jobs; called when a new import starts. */
export function removeStaleUploads(dir: string, now: Date = new Date()): number {
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    try {
      if (now.getTime() - statSync(file).mtimeMs > STALE_UPLOAD_MS) {
        rmSync(file, { force: true });
        removed++;
      }
    } catch {
      // Removed meanwhile by its own job: nothing to do.
    }
  }
  return removed;
}
