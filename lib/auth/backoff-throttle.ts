import { RateLimiterPrisma } from "rate-limiter-flexible";
import type { Db } from "../db";
import { isUniqueViolation } from "../db-errors";

export type BackoffPolicy = {
  /** Attempts allowed in the window before any waiting. */
  free: number;
  /** The first block; each further attempt doubles it… */
  baseSeconds: number;
  /** …up to this. */
  maxSeconds: number;
  /** Counts are forgotten this long after the first attempt of a run. */
  windowSeconds: number;
};

/**
 * Exponential backoff per key (an account, an IP), with rate-limiter-flexible's Prisma store:
 * the counters and blocks are rows in the database, so every app instance sees them. The store
 * uses plain atomic upserts (`points: { increment }`), no interactive transaction.
 * The attempt that uses up the `free` ones blocks the key for `base` seconds, each further one
 * (once the block has passed) for twice as long as the last: base × 2^(n − free).
 */
export class BackoffThrottle {
  private readonly counts: RateLimiterPrisma;
  private readonly blocks: RateLimiterPrisma;

  constructor(db: Db, name: string, readonly policy: BackoffPolicy) {
    const common = { storeClient: db, tableName: "rateLimit", clearExpiredByTimeout: false, duration: policy.windowSeconds };
    // Counting only: never refuses by itself (penalty adds points without rejecting).
    this.counts = new RateLimiterPrisma({ ...common, keyPrefix: `${name}:n`, points: Number.MAX_SAFE_INTEGER });
    this.blocks = new RateLimiterPrisma({ ...common, keyPrefix: `${name}:block`, points: 1 });
  }

  /** Seconds until `key` may try again; 0 when it may now. */
  async retryAfter(key: string): Promise<number> {
    const block = await this.blocks.get(key);
    if (!block || block.consumedPoints <= 1) return 0;
    return Math.max(1, Math.ceil(block.msBeforeNext / 1000));
  }

  /** Counts one attempt (a failed sign-in, a sign-up) and blocks the key when it is past its free ones. Returns the block in seconds (0 for none). */
  async record(key: string): Promise<number> {
    const counted = await retryOnRace(() => this.counts.penalty(key, 1));
    const over = counted.consumedPoints - this.policy.free;
    if (over < 0) return 0;
    const seconds = Math.min(this.policy.maxSeconds, this.policy.baseSeconds * 2 ** Math.min(30, over));
    await retryOnRace(() => this.blocks.block(key, seconds));
    return seconds;
  }

  /** Forgets the key (a successful sign-in clears its account's failures). */
  async reset(key: string): Promise<void> {
    await Promise.all([this.counts.delete(key), this.blocks.delete(key)]);
  }
}

// Two first attempts racing to create the same row: the loser's upsert hits the primary key; once more updates it.
async function retryOnRace<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return operation();
  }
}
