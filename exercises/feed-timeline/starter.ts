export type FeedItem = { postId: string; author: string; ts: number };

/** A feed service; "push" (fan-out on write) and "pull" (fan-out on read) behave the same. */
export class FeedService {
  constructor(mode: "push" | "pull") {
    void mode;
  }

  /** A new post; ts is strictly greater than every earlier post's. */
  post(author: string, postId: string, ts: number): void {
    void author;
    void postId;
    void ts;
    throw new Error("not implemented");
  }

  /** follower now follows followee; following oneself is a no-op. */
  follow(follower: string, followee: string): void {
    void follower;
    void followee;
    throw new Error("not implemented");
  }

  /** follower stops following followee. */
  unfollow(follower: string, followee: string): void {
    void follower;
    void followee;
    throw new Error("not implemented");
  }

  /**
   * The user's own posts and those of everyone the user follows now, with ts < before (if
   * given), newest first, at most limit.
   */
  timeline(user: string, limit: number, before?: number): FeedItem[] {
    void user;
    void limit;
    void before;
    throw new Error("not implemented");
  }
}
