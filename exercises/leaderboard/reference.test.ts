import { describe, expect, it } from "vitest";
import { Leaderboard, mergeTopK } from "./reference";

describe("leaderboard reference", () => {
  it("orders by score desc, then member desc (ZREVRANGE)", () => {
    const lb = new Leaderboard();
    lb.setScore("alice", 10);
    lb.setScore("bob", 20);
    lb.setScore("carol", 10);
    lb.setScore("Dave", 10); // "D" < "a" < "c"
    expect(lb.top(10)).toEqual([
      { member: "bob", score: 20 },
      { member: "carol", score: 10 },
      { member: "alice", score: 10 },
      { member: "Dave", score: 10 },
    ]);
    expect(lb.rank("bob")).toBe(0);
    expect(lb.rank("alice")).toBe(2);
    expect(lb.rank("Dave")).toBe(3);
    expect(lb.rank("nobody")).toBeUndefined();
    expect(lb.top(2).map((e) => e.member)).toEqual(["bob", "carol"]);
    expect(lb.top(0)).toEqual([]);
  });

  it("incrBy, setScore replace, remove", () => {
    const lb = new Leaderboard();
    expect(lb.incrBy("x", 5)).toBe(5);
    expect(lb.incrBy("x", -7)).toBe(-2);
    lb.setScore("y", 0);
    expect(lb.rank("y")).toBe(0);
    lb.setScore("y", -10);
    expect(lb.rank("y")).toBe(1);
    expect(lb.size).toBe(2);
    expect(lb.remove("y")).toBe(true);
    expect(lb.remove("y")).toBe(false);
    expect(lb.score("y")).toBeUndefined();
    expect(lb.score("x")).toBe(-2);
    expect(lb.size).toBe(1);
  });

  it("around clips at both ends", () => {
    const lb = new Leaderboard();
    for (let i = 1; i <= 6; i++) lb.setScore(`m${i}`, i * 10); // best first: m6..m1
    expect(lb.around("m5", 1).map((e) => e.member)).toEqual(["m6", "m5", "m4"]);
    expect(lb.around("m6", 2).map((e) => e.member)).toEqual(["m6", "m5", "m4"]);
    expect(lb.around("m1", 2).map((e) => e.member)).toEqual(["m3", "m2", "m1"]);
    expect(lb.around("m3", 0)).toEqual([{ member: "m3", score: 30 }]);
    expect(lb.around("zz", 3)).toEqual([]);
  });

  it("matches a sorted model under many updates", () => {
    const lb = new Leaderboard();
    const model = new Map<string, number>();
    let x = 99;
    const rnd = () => (x = (x * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 3000; i++) {
      const m = `u${Math.floor(rnd() * 200)}`;
      const op = rnd();
      if (op < 0.5) {
        const s = Math.floor(rnd() * 50);
        lb.setScore(m, s);
        model.set(m, s);
      } else if (op < 0.8) {
        const d = Math.floor(rnd() * 10) - 5;
        expect(lb.incrBy(m, d)).toBe((model.get(m) ?? 0) + d);
        model.set(m, (model.get(m) ?? 0) + d);
      } else {
        expect(lb.remove(m)).toBe(model.delete(m));
      }
    }
    const sorted = [...model].map(([member, score]) => ({ member, score }))
      .sort((a, b) => (a.score !== b.score ? b.score - a.score : a.member > b.member ? -1 : 1));
    expect(lb.top(1000)).toEqual(sorted);
    sorted.forEach((e, i) => expect(lb.rank(e.member)).toBe(i));
  });

  it("mergeTopK", () => {
    const a = [{ member: "a1", score: 9 }, { member: "a2", score: 5 }, { member: "a3", score: 1 }];
    const b = [{ member: "b1", score: 9 }, { member: "b2", score: 4 }];
    const c: { member: string; score: number }[] = [];
    expect(mergeTopK([a, b, c], 4)).toEqual([
      { member: "b1", score: 9 },
      { member: "a1", score: 9 },
      { member: "a2", score: 5 },
      { member: "b2", score: 4 },
    ]);
    expect(mergeTopK([a, b], 10).length).toBe(5);
    expect(mergeTopK([a, b], 0)).toEqual([]);
    expect(mergeTopK([], 3)).toEqual([]);
  });
});
