import { describe, expect, it } from "vitest";
import { countNoteWords, stripTrailingSources } from "./count-note-words";

describe("countNoteWords", () => {
  it("counts prose, skips fenced code, counts CJK characters one each", () => {
    expect(countNoteWords("one two three\n\n```ts\nconst skipped = 1;\n```\n缓存 four")).toBe(6);
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
