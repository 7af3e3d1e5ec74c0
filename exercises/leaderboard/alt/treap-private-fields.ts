// Alternative: a size-augmented treap (randomised balanced BST) behind private #fields, with
// split/merge instead of rotations, and a deterministic priority generator so runs repeat.
// Order (ZREVRANGE): higher score first; equal scores: the greater member string first.

export type Entry = { member: string; score: number };

type Node = { member: string; score: number; priority: number; size: number; left: Node | null; right: Node | null };

const sizeOf = (n: Node | null) => (n ? n.size : 0);

/** True when (score, member) ranks strictly before the node. */
function before(score: number, member: string, n: Node): boolean {
  return score !== n.score ? score > n.score : member > n.member;
}

function fix(n: Node): Node {
  n.size = 1 + sizeOf(n.left) + sizeOf(n.right);
  return n;
}

function merge(a: Node | null, b: Node | null): Node | null {
  if (!a) return b;
  if (!b) return a;
  if (a.priority > b.priority) {
    a.right = merge(a.right, b);
    return fix(a);
  }
  b.left = merge(a, b.left);
  return fix(b);
}

/** [entries ranking strictly before (score, member), the rest (the member itself included)]. */
function split(n: Node | null, score: number, member: string): [Node | null, Node | null] {
  if (!n) return [null, null];
  const nodeFirst = n.score !== score ? n.score > score : n.member > member;
  if (nodeFirst) {
    const [l, r] = split(n.right, score, member);
    n.right = l;
    return [fix(n), r];
  }
  const [l, r] = split(n.left, score, member);
  n.left = r;
  return [l, fix(n)];
}

export class Leaderboard {
  #root: Node | null = null;
  #scores = new Map<string, number>();
  #seed = 0x2545f491;

  #priority(): number {
    // xorshift32: balanced on average, and the same tree for the same operations
    let x = this.#seed;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.#seed = x >>> 0;
    return this.#seed;
  }

  #detach(member: string, score: number): void {
    const [head, rest] = split(this.#root, score, member);
    // rest starts with the member itself: drop its first entry
    const dropFirst = (n: Node | null): Node | null => {
      if (!n) return null;
      if (n.left) {
        n.left = dropFirst(n.left);
        return fix(n);
      }
      return n.right;
    };
    this.#root = merge(head, dropFirst(rest));
  }

  setScore(member: string, score: number): void {
    const old = this.#scores.get(member);
    if (old !== undefined) this.#detach(member, old);
    this.#scores.set(member, score);
    const [head, rest] = split(this.#root, score, member);
    const node: Node = { member, score, priority: this.#priority(), size: 1, left: null, right: null };
    this.#root = merge(merge(head, node), rest);
  }

  incrBy(member: string, delta: number): number {
    const next = (this.#scores.get(member) ?? 0) + delta;
    this.setScore(member, next);
    return next;
  }

  remove(member: string): boolean {
    const old = this.#scores.get(member);
    if (old === undefined) return false;
    this.#detach(member, old);
    this.#scores.delete(member);
    return true;
  }

  score(member: string): number | undefined {
    return this.#scores.get(member);
  }

  rank(member: string): number | undefined {
    const score = this.#scores.get(member);
    if (score === undefined) return undefined;
    let rank = 0;
    for (let n = this.#root; n; ) {
      if (n.member === member) return rank + sizeOf(n.left);
      if (before(score, member, n)) n = n.left;
      else {
        rank += sizeOf(n.left) + 1;
        n = n.right;
      }
    }
    return undefined;
  }

  top(n: number): Entry[] {
    return this.#range(0, n);
  }

  around(member: string, k: number): Entry[] {
    const r = this.rank(member);
    if (r === undefined) return [];
    const from = Math.max(0, r - k);
    return this.#range(from, r + k + 1 - from);
  }

  get size(): number {
    return this.#scores.size;
  }

  /** `count` entries from rank `from`, with an explicit stack: O(log n + count). */
  #range(from: number, count: number): Entry[] {
    const out: Entry[] = [];
    const stack: Node[] = [];
    let n = this.#root;
    let skip = from;
    // descend to the entry at rank `from`, keeping the ancestors still to visit
    while (n) {
      const left = sizeOf(n.left);
      if (skip < left) {
        stack.push(n);
        n = n.left;
      } else if (skip === left) {
        stack.push(n);
        break;
      } else {
        skip -= left + 1;
        n = n.right;
      }
    }
    while (out.length < count && stack.length) {
      const cur = stack.pop()!;
      out.push({ member: cur.member, score: cur.score });
      for (let c = cur.right; c; c = c.left) stack.push(c);
    }
    return out;
  }
}

/** Best k of the shards (each sorted best first): repeatedly take the best head, O(k log shards) with a heap of heads. */
export function mergeTopK(shards: Entry[][], k: number): Entry[] {
  const heads: { shard: number; pos: number }[] = [];
  const better = (a: { shard: number; pos: number }, b: { shard: number; pos: number }) => {
    const x = shards[a.shard][a.pos];
    const y = shards[b.shard][b.pos];
    return x.score !== y.score ? x.score > y.score : x.member > y.member;
  };
  const siftUp = (i: number) => {
    while (i > 0 && better(heads[i], heads[(i - 1) >> 1])) {
      const p = (i - 1) >> 1;
      [heads[i], heads[p]] = [heads[p], heads[i]];
      i = p;
    }
  };
  const siftDown = (i: number) => {
    for (;;) {
      let best = i;
      for (const c of [2 * i + 1, 2 * i + 2]) if (c < heads.length && better(heads[c], heads[best])) best = c;
      if (best === i) return;
      [heads[i], heads[best]] = [heads[best], heads[i]];
      i = best;
    }
  };
  shards.forEach((shard, s) => {
    if (shard.length) {
      heads.push({ shard: s, pos: 0 });
      siftUp(heads.length - 1);
    }
  });
  const out: Entry[] = [];
  while (out.length < k && heads.length) {
    const h = heads[0];
    const e = shards[h.shard][h.pos];
    out.push({ member: e.member, score: e.score });
    if (h.pos + 1 < shards[h.shard].length) heads[0] = { shard: h.shard, pos: h.pos + 1 };
    else {
      const last = heads.pop()!;
      if (heads.length) heads[0] = last;
    }
    if (heads.length) siftDown(0);
  }
  return out;
}
