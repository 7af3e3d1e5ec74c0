/** The exercise ids of shared/exercises/CATALOG.md, in catalog order; cards link to them. */
export const EXERCISE_IDS = [
  "lru-cache",
  "lru-k",
  "ttl-cache",
  "hash-map",
  "linked-hash-map",
  "sorted-map",
  "skip-list",
  "b-tree",
  "token-bucket",
  "sliding-window",
  "distributed-limiter",
  "consistent-hash",
  "smooth-weighted-round-robin",
  "redis-lock",
  "leaderboard",
  "short-url",
  "snowflake-id",
  "feed-timeline",
  "aho-corasick",
  "timing-wheel",
  "latency-histogram",
] as const;

export type ExerciseId = (typeof EXERCISE_IDS)[number];
