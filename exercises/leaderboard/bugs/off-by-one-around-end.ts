// expect: property
// bug: around() counts the window as from..r+k exclusive, so it returns only k - 1 entries after the member (the member's own slot is not added to the count)
export type Entry = { member: string; score: number };

/** Negative when a ranks before b. */
function compare(aScore: number, aMember: string, bScore: number, bMember: string): number {
  if (aScore !== bScore) return aScore > bScore ? -1 : 1;
  if (aMember === bMember) return 0;
  return aMember > bMember ? -1 : 1;
}

type Node = {
  member: string;
  score: number;
  left: Node | null;
  right: Node | null;
  height: number;
  size: number;
};

const height = (n: Node | null) => (n === null ? 0 : n.height);
const size = (n: Node | null) => (n === null ? 0 : n.size);

function update(n: Node): void {
  n.height = Math.max(height(n.left), height(n.right)) + 1;
  n.size = size(n.left) + size(n.right) + 1;
}

function rotateRight(n: Node): Node {
  const l = n.left!;
  n.left = l.right;
  l.right = n;
  update(n);
  update(l);
  return l;
}

function rotateLeft(n: Node): Node {
  const r = n.right!;
  n.right = r.left;
  r.left = n;
  update(n);
  update(r);
  return r;
}

function balance(n: Node): Node {
  update(n);
  const bf = height(n.left) - height(n.right);
  if (bf > 1) {
    if (height(n.left!.left) < height(n.left!.right)) n.left = rotateLeft(n.left!);
    return rotateRight(n);
  }
  if (bf < -1) {
    if (height(n.right!.right) < height(n.right!.left)) n.right = rotateRight(n.right!);
    return rotateLeft(n);
  }
  return n;
}

function insert(n: Node | null, member: string, score: number): Node {
  if (n === null) return { member, score, left: null, right: null, height: 1, size: 1 };
  if (compare(score, member, n.score, n.member) < 0) n.left = insert(n.left, member, score);
  else n.right = insert(n.right, member, score);
  return balance(n);
}

function removeMin(n: Node): Node | null {
  if (n.left === null) return n.right;
  n.left = removeMin(n.left);
  return balance(n);
}

function remove(n: Node | null, member: string, score: number): Node | null {
  if (n === null) return null;
  const c = compare(score, member, n.score, n.member);
  if (c < 0) n.left = remove(n.left, member, score);
  else if (c > 0) n.right = remove(n.right, member, score);
  else {
    if (n.left === null) return n.right;
    if (n.right === null) return n.left;
    let s = n.right;
    while (s.left !== null) s = s.left;
    s.right = removeMin(n.right);
    s.left = n.left;
    return balance(s);
  }
  return balance(n);
}

export class Leaderboard {
  private readonly scores = new Map<string, number>();
  private root: Node | null = null;

  setScore(member: string, score: number): void {
    const old = this.scores.get(member);
    if (old !== undefined) this.root = remove(this.root, member, old);
    this.scores.set(member, score);
    this.root = insert(this.root, member, score);
  }

  incrBy(member: string, delta: number): number {
    const next = (this.scores.get(member) ?? 0) + delta;
    this.setScore(member, next);
    return next;
  }

  remove(member: string): boolean {
    const old = this.scores.get(member);
    if (old === undefined) return false;
    this.root = remove(this.root, member, old);
    this.scores.delete(member);
    return true;
  }

  score(member: string): number | undefined {
    return this.scores.get(member);
  }

  rank(member: string): number | undefined {
    const s = this.scores.get(member);
    if (s === undefined) return undefined;
    let r = 0;
    let n = this.root;
    while (n !== null) {
      const c = compare(s, member, n.score, n.member);
      if (c < 0) n = n.left;
      else if (c > 0) {
        r += size(n.left) + 1;
        n = n.right;
      } else return r + size(n.left);
    }
    return undefined; // unreachable: the tree and the map hold the same members
  }

  top(n: number): Entry[] {
    return this.slice(0, n);
  }

  around(member: string, k: number): Entry[] {
    const r = this.rank(member);
    if (r === undefined) return [];
    const from = Math.max(0, r - k);
    return this.slice(from, r + k - from); // k after the member
  }

  get size(): number {
    return this.scores.size;
  }

  /** Up to `count` entries starting at rank `from`: O(log n + count). */
  private slice(from: number, count: number): Entry[] {
    const out: Entry[] = [];
    const walk = (n: Node | null, offset: number): void => {
      // offset = rank of the leftmost entry of this subtree
      if (n === null || out.length >= count) return;
      const nodeRank = offset + size(n.left);
      if (from < nodeRank) walk(n.left, offset);
      if (out.length >= count) return;
      if (nodeRank >= from) out.push({ member: n.member, score: n.score });
      walk(n.right, nodeRank + 1);
    };
    if (count > 0) walk(this.root, 0);
    return out;
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
