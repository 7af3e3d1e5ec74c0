// expect: invariant
// bug: top() and around() return slices of the internal sorted array: a new array, but the same entry objects, so a caller that edits an entry's score or member corrupts the order (and rank() breaks)
export type Entry = { member: string; score: number };

/** Negative when a ranks before b. */
function compare(aScore: number, aMember: string, bScore: number, bMember: string): number {
  if (aScore !== bScore) return aScore > bScore ? -1 : 1;
  if (aMember === bMember) return 0;
  return aMember > bMember ? -1 : 1;
}

/** Position of the first entry that ranks at or after (score, member): binary search. */
function lowerBound(list: Entry[], score: number, member: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(list[mid].score, list[mid].member, score, member) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class Leaderboard {
  private readonly scores = new Map<string, number>();
  private readonly sorted: Entry[] = []; // best first

  setScore(member: string, score: number): void {
    this.remove(member);
    this.scores.set(member, score);
    this.sorted.splice(lowerBound(this.sorted, score, member), 0, { member, score });
  }

  incrBy(member: string, delta: number): number {
    const s = (this.scores.get(member) ?? 0) + delta;
    this.setScore(member, s);
    return s;
  }

  remove(member: string): boolean {
    const old = this.scores.get(member);
    if (old === undefined) return false;
    this.scores.delete(member);
    this.sorted.splice(lowerBound(this.sorted, old, member), 1);
    return true;
  }

  score(member: string): number | undefined {
    return this.scores.get(member);
  }

  rank(member: string): number | undefined {
    const s = this.scores.get(member);
    return s === undefined ? undefined : lowerBound(this.sorted, s, member);
  }

  top(n: number): Entry[] {
    return this.sorted.slice(0, n); // a new array, but the same entry objects
  }

  around(member: string, k: number): Entry[] {
    const r = this.rank(member);
    if (r === undefined) return [];
    return this.sorted.slice(Math.max(0, r - k), r + k + 1);
  }

  get size(): number {
    return this.scores.size;
  }
}

/** Best k of several shards (each sorted best first): a k-way merge with a binary heap. */
export function mergeTopK(shards: Entry[][], k: number): Entry[] {
  type Cursor = { shard: number; pos: number };
  const entryOf = (c: Cursor) => shards[c.shard][c.pos];
  const better = (a: Cursor, b: Cursor) => {
    const x = entryOf(a);
    const y = entryOf(b);
    return compare(x.score, x.member, y.score, y.member) < 0;
  };
  const heap: Cursor[] = [];
  const push = (c: Cursor) => {
    heap.push(c);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!better(heap[i], heap[p])) break;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
  };
  const pop = (): Cursor => {
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && better(heap[l], heap[m])) m = l;
        if (r < heap.length && better(heap[r], heap[m])) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    }
    return top;
  };
  if (k <= 0) return [];
  for (let s = 0; s < shards.length; s++) if (shards[s].length > 0) push({ shard: s, pos: 0 });
  const out: Entry[] = [];
  while (out.length < k && heap.length > 0) {
    const c = pop();
    const e = entryOf(c);
    out.push({ member: e.member, score: e.score });
    if (c.pos + 1 < shards[c.shard].length) push({ shard: c.shard, pos: c.pos + 1 });
  }
  return out;
}
