// Alternative: a class with private #fields that answers both modes by fan-out on read (the
// contract requires the same observable behaviour, so push mode may be served the same way):
// each author's posts in an ascending array, and timeline() a k-way merge over the cursors of
// the user and their followees with a max-heap keyed by the cursor's current timestamp.
export type FeedItem = { postId: string; author: string; ts: number };

type Cursor = { posts: FeedItem[]; at: number }; // posts[at] is the newest not yet taken

export class FeedService {
  #posts = new Map<string, FeedItem[]>();
  #follows = new Map<string, Set<string>>();

  constructor(mode: "push" | "pull") {
    void mode; // both modes read the same way here
  }

  post(author: string, postId: string, ts: number): void {
    const list = this.#posts.get(author);
    if (list) list.push({ postId, author, ts });
    else this.#posts.set(author, [{ postId, author, ts }]);
  }

  follow(follower: string, followee: string): void {
    if (follower === followee) return;
    const set = this.#follows.get(follower);
    if (set) set.add(followee);
    else this.#follows.set(follower, new Set([followee]));
  }

  unfollow(follower: string, followee: string): void {
    this.#follows.get(follower)?.delete(followee);
  }

  timeline(user: string, limit: number, before?: number): FeedItem[] {
    const heap: Cursor[] = [];
    for (const author of [user, ...(this.#follows.get(user) ?? [])]) {
      const posts = this.#posts.get(author);
      if (!posts) continue;
      const at = FeedService.#lastBefore(posts, before ?? Infinity);
      if (at >= 0) FeedService.#push(heap, { posts, at });
    }
    const out: FeedItem[] = [];
    while (out.length < limit && heap.length > 0) {
      const c = heap[0];
      const { postId, author, ts } = c.posts[c.at];
      out.push({ postId, author, ts });
      c.at -= 1;
      if (c.at < 0) {
        const last = heap.pop()!;
        if (heap.length === 0) break;
        heap[0] = last;
      }
      FeedService.#down(heap, 0);
    }
    return out;
  }

  /** Index of the last post with ts < before, or -1. */
  static #lastBefore(posts: FeedItem[], before: number): number {
    let lo = 0;
    let hi = posts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (posts[mid].ts < before) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  static #key(c: Cursor): number {
    return c.posts[c.at].ts;
  }

  static #push(heap: Cursor[], c: Cursor): void {
    heap.push(c);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >>> 1;
      if (FeedService.#key(heap[p]) >= FeedService.#key(heap[i])) break;
      [heap[p], heap[i]] = [heap[i], heap[p]];
      i = p;
    }
  }

  static #down(heap: Cursor[], i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      let m = i;
      if (l < heap.length && FeedService.#key(heap[l]) > FeedService.#key(heap[m])) m = l;
      if (l + 1 < heap.length && FeedService.#key(heap[l + 1]) > FeedService.#key(heap[m])) m = l + 1;
      if (m === i) return;
      [heap[m], heap[i]] = [heap[i], heap[m]];
      i = m;
    }
  }
}
