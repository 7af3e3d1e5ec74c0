// GENERATED from the folders exercises/<id>/ by scripts/generate-exercise-registry.ts — do not edit.
// Run `npm run exercises:registry` after adding or renaming an exercise folder (a test fails until you do).
import type { ExerciseSpec, ModuleExports } from "./engine/types";

export type SpecEntry = {
  spec: () => Promise<ExerciseSpec>;
  reference: () => Promise<ModuleExports>;
  starterPath: string;
};

/** Exercise ids in catalog order (meta.json `order`). */
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

/** Lazy imports: one exercise's modules load only when checked (esbuild still bundles them all). */
export const SPECS: Record<string, SpecEntry> = {
  "lru-cache": {
    spec: async () => (await import("../../exercises/lru-cache/spec")).spec,
    reference: async () => (await import("../../exercises/lru-cache/reference")) as ModuleExports,
    starterPath: "exercises/lru-cache/starter.ts",
  },
  "lru-k": {
    spec: async () => (await import("../../exercises/lru-k/spec")).spec,
    reference: async () => (await import("../../exercises/lru-k/reference")) as ModuleExports,
    starterPath: "exercises/lru-k/starter.ts",
  },
  "ttl-cache": {
    spec: async () => (await import("../../exercises/ttl-cache/spec")).spec,
    reference: async () => (await import("../../exercises/ttl-cache/reference")) as ModuleExports,
    starterPath: "exercises/ttl-cache/starter.ts",
  },
  "hash-map": {
    spec: async () => (await import("../../exercises/hash-map/spec")).spec,
    reference: async () => (await import("../../exercises/hash-map/reference")) as ModuleExports,
    starterPath: "exercises/hash-map/starter.ts",
  },
  "linked-hash-map": {
    spec: async () => (await import("../../exercises/linked-hash-map/spec")).spec,
    reference: async () => (await import("../../exercises/linked-hash-map/reference")) as ModuleExports,
    starterPath: "exercises/linked-hash-map/starter.ts",
  },
  "sorted-map": {
    spec: async () => (await import("../../exercises/sorted-map/spec")).spec,
    reference: async () => (await import("../../exercises/sorted-map/reference")) as ModuleExports,
    starterPath: "exercises/sorted-map/starter.ts",
  },
  "skip-list": {
    spec: async () => (await import("../../exercises/skip-list/spec")).spec,
    reference: async () => (await import("../../exercises/skip-list/reference")) as ModuleExports,
    starterPath: "exercises/skip-list/starter.ts",
  },
  "b-tree": {
    spec: async () => (await import("../../exercises/b-tree/spec")).spec,
    reference: async () => (await import("../../exercises/b-tree/reference")) as ModuleExports,
    starterPath: "exercises/b-tree/starter.ts",
  },
  "token-bucket": {
    spec: async () => (await import("../../exercises/token-bucket/spec")).spec,
    reference: async () => (await import("../../exercises/token-bucket/reference")) as ModuleExports,
    starterPath: "exercises/token-bucket/starter.ts",
  },
  "sliding-window": {
    spec: async () => (await import("../../exercises/sliding-window/spec")).spec,
    reference: async () => (await import("../../exercises/sliding-window/reference")) as ModuleExports,
    starterPath: "exercises/sliding-window/starter.ts",
  },
  "distributed-limiter": {
    spec: async () => (await import("../../exercises/distributed-limiter/spec")).spec,
    reference: async () => (await import("../../exercises/distributed-limiter/reference")) as ModuleExports,
    starterPath: "exercises/distributed-limiter/starter.ts",
  },
  "consistent-hash": {
    spec: async () => (await import("../../exercises/consistent-hash/spec")).spec,
    reference: async () => (await import("../../exercises/consistent-hash/reference")) as ModuleExports,
    starterPath: "exercises/consistent-hash/starter.ts",
  },
  "smooth-weighted-round-robin": {
    spec: async () => (await import("../../exercises/smooth-weighted-round-robin/spec")).spec,
    reference: async () => (await import("../../exercises/smooth-weighted-round-robin/reference")) as ModuleExports,
    starterPath: "exercises/smooth-weighted-round-robin/starter.ts",
  },
  "redis-lock": {
    spec: async () => (await import("../../exercises/redis-lock/spec")).spec,
    reference: async () => (await import("../../exercises/redis-lock/reference")) as ModuleExports,
    starterPath: "exercises/redis-lock/starter.ts",
  },
  "leaderboard": {
    spec: async () => (await import("../../exercises/leaderboard/spec")).spec,
    reference: async () => (await import("../../exercises/leaderboard/reference")) as ModuleExports,
    starterPath: "exercises/leaderboard/starter.ts",
  },
  "short-url": {
    spec: async () => (await import("../../exercises/short-url/spec")).spec,
    reference: async () => (await import("../../exercises/short-url/reference")) as ModuleExports,
    starterPath: "exercises/short-url/starter.ts",
  },
  "snowflake-id": {
    spec: async () => (await import("../../exercises/snowflake-id/spec")).spec,
    reference: async () => (await import("../../exercises/snowflake-id/reference")) as ModuleExports,
    starterPath: "exercises/snowflake-id/starter.ts",
  },
  "feed-timeline": {
    spec: async () => (await import("../../exercises/feed-timeline/spec")).spec,
    reference: async () => (await import("../../exercises/feed-timeline/reference")) as ModuleExports,
    starterPath: "exercises/feed-timeline/starter.ts",
  },
  "aho-corasick": {
    spec: async () => (await import("../../exercises/aho-corasick/spec")).spec,
    reference: async () => (await import("../../exercises/aho-corasick/reference")) as ModuleExports,
    starterPath: "exercises/aho-corasick/starter.ts",
  },
  "timing-wheel": {
    spec: async () => (await import("../../exercises/timing-wheel/spec")).spec,
    reference: async () => (await import("../../exercises/timing-wheel/reference")) as ModuleExports,
    starterPath: "exercises/timing-wheel/starter.ts",
  },
  "latency-histogram": {
    spec: async () => (await import("../../exercises/latency-histogram/spec")).spec,
    reference: async () => (await import("../../exercises/latency-histogram/reference")) as ModuleExports,
    starterPath: "exercises/latency-histogram/starter.ts",
  },
};
