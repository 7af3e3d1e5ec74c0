import { describe, expect, it } from "vitest";
import { FeedService } from "./reference";

const ids = (items: { postId: string }[]) => items.map((i) => i.postId);

for (const mode of ["push", "pull"] as const) {
  describe(`feed-timeline reference (${mode})`, () => {
    it("own posts plus followees', newest first, limit and before", () => {
      const f = new FeedService(mode);
      f.post("bob", "b1", 1);
      f.post("alice", "a1", 2);
      f.post("carol", "c1", 3);
      f.follow("alice", "bob"); // backfills b1
      f.post("bob", "b2", 4);
      f.post("carol", "c2", 5);
      expect(ids(f.timeline("alice", 10))).toEqual(["b2", "a1", "b1"]);
      expect(f.timeline("alice", 1)).toEqual([{ postId: "b2", author: "bob", ts: 4 }]);
      expect(ids(f.timeline("alice", 10, 4))).toEqual(["a1", "b1"]);
      expect(ids(f.timeline("alice", 10, 1))).toEqual([]);
      expect(f.timeline("alice", 0)).toEqual([]);
      expect(ids(f.timeline("nobody", 5))).toEqual([]);
      expect(ids(f.timeline("bob", 5))).toEqual(["b2", "b1"]);
    });

    it("follow self is a no-op; double follow and unfollow are idempotent", () => {
      const f = new FeedService(mode);
      f.post("a", "a1", 10);
      f.follow("a", "a");
      expect(ids(f.timeline("a", 5))).toEqual(["a1"]);
      f.post("b", "b1", 11);
      f.follow("a", "b");
      f.follow("a", "b");
      expect(ids(f.timeline("a", 5))).toEqual(["b1", "a1"]);
      f.unfollow("a", "b");
      f.unfollow("a", "b");
      f.unfollow("a", "zzz");
      expect(ids(f.timeline("a", 5))).toEqual(["a1"]);
      f.post("b", "b2", 12);
      expect(ids(f.timeline("a", 5))).toEqual(["a1"]);
      f.follow("a", "b"); // follows now: all of b's posts, old ones too
      expect(ids(f.timeline("a", 5))).toEqual(["b2", "b1", "a1"]);
    });

    it("returned items are copies", () => {
      const f = new FeedService(mode);
      f.post("a", "a1", 1);
      const [it1] = f.timeline("a", 1);
      it1.postId = "mutated";
      expect(ids(f.timeline("a", 1))).toEqual(["a1"]);
    });

    it("many followees merge correctly", () => {
      const f = new FeedService(mode);
      let ts = 0;
      for (let round = 0; round < 20; round++) for (let u = 0; u < 10; u++) f.post(`u${u}`, `p${ts}`, ts++);
      for (let u = 0; u < 10; u += 2) f.follow("me", `u${u}`);
      const got = f.timeline("me", 15, 150);
      const want = [];
      for (let t = 149; want.length < 15; t--) if ((t % 10) % 2 === 0) want.push(`p${t}`);
      expect(ids(got)).toEqual(want);
    });
  });
}
