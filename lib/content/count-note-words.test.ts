import { describe, expect, it } from "vitest";
import { countNoteWords, stripTrailingSources } from "./count-note-words";

describe("countNoteWords", () => {
  it("counts prose, skips fenced code, counts 1.7 Han characters a word", () => {
    expect(countNoteWords("one two three\n\n```ts\nconst skipped = 1;\n```\n缓存 four")).toBe(5);
    // 17 Han characters are 10 words; Latin terms inside Chinese prose count as words
    expect(countNoteWords("一致性哈希把键映射到环上的虚拟节点 Redis")).toBe(11);
  });

  it("drops a trailing Chinese ## 参考资料 section too", () => {
    expect(countNoteWords("alpha beta\n\n## 参考资料\n\n- Redis docs https://redis.io/\n")).toBe(2);
  });

  it("excludes a trailing ## Sources section", () => {
    const note = "# Title\n\nalpha beta gamma\n\n## Sources\n\n- Redis docs https://redis.io/docs/latest/\n- Another source title\n";
    expect(countNoteWords(note)).toBe(4);
    expect(stripTrailingSources(note)).not.toMatch(/redis\.io/);
  });

  it("still counts a Sources section that is not the last one", () => {
    const note = "alpha\n\n## Sources\n\nsource one\n\n## More\n\nbeta\n";
    expect(countNoteWords(note)).toBe(6);
  });

  it("ignores a ## Sources line inside fenced code", () => {
    const note = "alpha\n\n```text\n## Sources\n```\n\nbeta gamma\n";
    expect(stripTrailingSources(note)).toBe(note);
  });

  it("keeps deeper headings under Sources inside the excluded section", () => {
    expect(countNoteWords("alpha beta\n\n## sources\n\n### Papers\n\nthe raft paper\n")).toBe(2);
  });
});
