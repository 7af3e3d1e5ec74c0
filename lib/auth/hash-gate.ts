import { availableParallelism } from "node:os";
import { AppError } from "../errors";

/**
 * At most this many argon2 hashes run at once per app instance (each takes 19 MiB and a core
 * for tens of milliseconds); more wait in line, and past the line's end the caller gets a 429
 * instead of queueing forever. A flood of sign-ins thus costs its own latency, not everyone's.
 */
export const MAX_CONCURRENT_HASHES = Math.max(1, Math.min(4, availableParallelism() - 1));
export const MAX_WAITING_HASHES = 32;

let running = 0;
const waiting: (() => void)[] = [];

export async function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_HASHES) {
    if (waiting.length >= MAX_WAITING_HASHES) {
      throw new AppError("RATE_LIMITED", "the server is busy checking passwords; try again in a moment", { retryAfterSeconds: 1 });
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    running++;
  }
  try {
    return await work();
  } finally {
    // Hand the slot straight to the next in line (running stays the same), or free it.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/** For tests and metrics: hashes running and waiting now. */
export const hashGateLoad = () => ({ running, waiting: waiting.length });
