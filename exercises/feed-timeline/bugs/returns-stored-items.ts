// expect: invariant
// bug: timeline() returns the stored post objects themselves (no copy), so a caller that edits an item it got (ts, postId) rewrites the post in every timeline
export type FeedItem = { postId: string; author: string; ts: number };

/** Number of items with ts < before in an ascending array (binary search). */
function countBefore(items: FeedItem[], before: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].ts < before) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const copy = (it: FeedItem): FeedItem => it; // "no need to allocate"

export class FeedService {
  private readonly mode: "push" | "pull";
  private readonly outbox = new Map<string, FeedItem[]>(); // author -> own posts, ascending ts
  private readonly inbox = new Map<string, FeedItem[]>(); // push mode: user -> timeline, ascending
  private readonly following = new Map<string, Set<string>>();
  private readonly followers = new Map<string, Set<string>>();

  constructor(mode: "push" | "pull") {
    this.mode = mode;
  }

  private list<T>(m: Map<string, T[]>, key: string): T[] {
    let l = m.get(key);
    if (l === undefined) m.set(key, (l = []));
    return l;
  }

  private set(m: Map<string, Set<string>>, key: string): Set<string> {
    let s = m.get(key);
    if (s === undefined) m.set(key, (s = new Set()));
    return s;
  }

  post(author: string, postId: string, ts: number): void {
    const item: FeedItem = { postId, author, ts };
    this.list(this.outbox, author).push(item);
    if (this.mode === "push") {
      this.list(this.inbox, author).push(item);
      for (const f of this.followers.get(author) ?? []) this.list(this.inbox, f).push(item);
    }
  }

  follow(follower: string, followee: string): void {
    if (follower === followee) return;
    const mine = this.set(this.following, follower);
    if (mine.has(followee)) return;
    mine.add(followee);
    this.set(this.followers, followee).add(follower);
    if (this.mode === "push") {
      // Backfill: merge the followee's past posts into the follower's inbox.
      const a = this.list(this.inbox, follower);
      const b = this.outbox.get(followee) ?? [];
      const merged: FeedItem[] = [];
      let i = 0;
      let j = 0;
      while (i < a.length || j < b.length) {
        if (j >= b.length || (i < a.length && a[i].ts < b[j].ts)) merged.push(a[i++]);
        else merged.push(b[j++]);
      }
      this.inbox.set(follower, merged);
    }
  }

  unfollow(follower: string, followee: string): void {
    const mine = this.following.get(follower);
    if (mine === undefined || !mine.delete(followee)) return;
    this.followers.get(followee)?.delete(follower);
    if (this.mode === "push") {
      const a = this.inbox.get(follower) ?? [];
      this.inbox.set(follower, a.filter((it) => it.author !== followee));
    }
  }

  timeline(user: string, limit: number, before?: number): FeedItem[] {
    const bound = before ?? Infinity;
    if (this.mode === "push") {
      const items = this.inbox.get(user) ?? [];
      const end = countBefore(items, bound);
      const out: FeedItem[] = [];
      for (let i = end - 1; i >= 0 && out.length < limit; i--) out.push(copy(items[i]));
      return out;
    }
    return this.pullTimeline(user, limit, bound);
  }

  /** k-way merge over the outboxes, newest first, with a max-heap of cursors. */
  private pullTimeline(user: string, limit: number, bound: number): FeedItem[] {
    type Cursor = { items: FeedItem[]; pos: number }; // pos: index of the next (newest) item
    const heap: Cursor[] = [];
    const ts = (c: Cursor) => c.items[c.pos].ts;
    const siftDown = (i: number) => {
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && ts(heap[l]) > ts(heap[m])) m = l;
        if (r < heap.length && ts(heap[r]) > ts(heap[m])) m = r;
        if (m === i) return;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    };
    if (limit <= 0) return [];
    const authors = [user, ...(this.following.get(user) ?? [])];
    for (const a of authors) {
      const items = this.outbox.get(a);
      if (items === undefined) continue;
      const pos = countBefore(items, bound) - 1;
      if (pos >= 0) heap.push({ items, pos });
    }
    for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(i); // heapify: O(f)
    const out: FeedItem[] = [];
    while (out.length < limit && heap.length > 0) {
      const top = heap[0];
      out.push(copy(top.items[top.pos]));
      top.pos--;
      if (top.pos < 0) {
        const last = heap.pop()!;
        if (heap.length > 0) heap[0] = last;
      }
      if (heap.length > 0) siftDown(0);
    }
    return out;
  }
}
