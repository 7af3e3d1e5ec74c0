import { describe, expect, it } from "vitest";
import { findClozeLeaks } from "./find-cloze-leaks";

describe("findClozeLeaks", () => {
  it("finds nothing when the answer only appears in its blank", () => {
    expect(findClozeLeaks({ text: "O(1) LRU = a {{hash map}} + a {{doubly linked list::ordering}}.", explanation: "The map finds the node." })).toEqual([]);
  });

  it("finds an answer repeated in the text, case-insensitively", () => {
    expect(findClozeLeaks({ text: "Redis uses {{io-threads}}; IO-Threads help with TLS.", explanation: "e" })).toEqual(["io-threads"]);
  });

  it("finds an answer given away by a hint or by the explanation", () => {
    expect(findClozeLeaks({ text: "The {{flush list::not the LRU, the flush list}} orders dirty pages.", explanation: "e" })).toEqual(["flush list"]);
    expect(findClozeLeaks({ text: "A cache line is {{64}} bytes.", explanation: "Padding to 64 bytes avoids false sharing." })).toEqual(["64"]);
  });

  it("ignores backticks and stars around the repeated answer", () => {
    expect(findClozeLeaks({ text: "Send {{`preStop`}} first.", explanation: "The **preStop** hook runs before SIGTERM." })).toEqual(["`preStop`"]);
  });

  it("needs a whole token: 1 does not leak through L1, 64 leaks through 2^64", () => {
    expect(findClozeLeaks({ text: "An L1 hit costs about {{1}} ns.", explanation: "L1d is 48 KB per core." })).toEqual([]);
    expect(findClozeLeaks({ text: "A {{64}}-bit counter.", explanation: "It wraps after 2^64 increments." })).toEqual(["64"]);
  });

  it("does not count an answer inside another blank, since all blanks are hidden at once", () => {
    expect(findClozeLeaks({ text: "{{hash}} then {{hash map}}.", explanation: "e" })).toEqual([]);
  });

  it("finds a Han answer inside Chinese prose, and a Latin answer next to Han characters", () => {
    expect(findClozeLeaks({ text: "一致性哈希用{{虚拟节点}}让负载更均匀。", explanation: "每个物理节点对应多个虚拟节点。" })).toEqual(["虚拟节点"]);
    expect(findClozeLeaks({ text: "Redis 的排行榜用 {{zset}} 实现。", explanation: "zset按分数排序。" })).toEqual(["zset"]);
    expect(findClozeLeaks({ text: "Redis 的排行榜用 {{zset}} 实现。", explanation: "跳表按分数排序。" })).toEqual([]);
  });
});
