export type Entry = { member: string; score: number };

/**
 * A leaderboard in Redis's ZREVRANGE order: higher score first; equal scores: the member that
 * is greater in JavaScript string comparison first.
 */
export class Leaderboard {
  /** Sets member's score (adding the member if needed). */
  setScore(member: string, score: number): void {
    void member;
    void score;
    throw new Error("not implemented");
  }

  /** Adds delta to member's score (a missing member starts at 0); returns the new score. */
  incrBy(member: string, delta: number): number {
    void member;
    void delta;
    throw new Error("not implemented");
  }

  /** Removes member; true if it was present. */
  remove(member: string): boolean {
    void member;
    throw new Error("not implemented");
  }

  /** member's score, or undefined. */
  score(member: string): number | undefined {
    void member;
    throw new Error("not implemented");
  }

  /** member's 0-based rank, best first; undefined for a missing member. */
  rank(member: string): number | undefined {
    void member;
    throw new Error("not implemented");
  }

  /** The best n entries, best first (fewer if there are fewer members). */
  top(n: number): Entry[] {
    void n;
    throw new Error("not implemented");
  }

  /** Up to k entries before member, member, up to k after; [] for a missing member. */
  around(member: string, k: number): Entry[] {
    void member;
    void k;
    throw new Error("not implemented");
  }

  /** The number of members. */
  get size(): number {
    throw new Error("not implemented");
  }
}

/** The best k entries of the union of shards, each sorted best first (members distinct). */
export function mergeTopK(shards: Entry[][], k: number): Entry[] {
  void shards;
  void k;
  throw new Error("not implemented");
}
