import { describe, expect, it } from "vitest";
import { WordFilter } from "./reference";

describe("aho-corasick reference", () => {
  it("validates words and mask", () => {
    expect(() => new WordFilter(["ok", ""])).toThrow(RangeError);
    expect(() => new WordFilter([])).not.toThrow();
    const f = new WordFilter(["a"]);
    expect(() => f.mask("abc", "")).toThrow(RangeError);
    expect(() => f.mask("abc", "##")).toThrow(RangeError);
    expect(() => f.mask("abc", "😀")).toThrow(RangeError); // two code units
    expect(f.mask("abc", "#")).toBe("#bc");
  });

  it("classic he/she/his/hers: overlapping, ordered by end then length desc", () => {
    const f = new WordFilter(["he", "she", "his", "hers", "he"]);
    expect(f.find("ushers")).toEqual([
      { word: "she", start: 1 },
      { word: "he", start: 2 },
      { word: "hers", start: 2 },
    ]);
    expect(f.mask("ushers")).toBe("u*****");
  });

  it("nested and repeated matches", () => {
    const f = new WordFilter(["a", "aa", "aaa", "ab", "b"]);
    expect(f.find("aaab")).toEqual([
      { word: "a", start: 0 },
      { word: "aa", start: 0 },
      { word: "a", start: 1 },
      { word: "aaa", start: 0 },
      { word: "aa", start: 1 },
      { word: "a", start: 2 },
      { word: "ab", start: 2 },
      { word: "b", start: 3 },
    ]);
    expect(new WordFilter([]).find("abc")).toEqual([]);
    expect(new WordFilter(["x"]).find("")).toEqual([]);
  });

  it("mask covers only matched characters, including across gaps", () => {
    const f = new WordFilter(["bad", "adx", "cd"]);
    expect(f.mask("a bad adx cd!")).toBe("a *** *** **!");
    expect(f.mask("badx")).toBe("****");
    expect(f.mask("nothing here", "-")).toBe("nothing here");
    const g = new WordFilter(["abcd", "bc"]);
    expect(g.mask("xabcy")).toBe("xa**y");
    expect(g.find("abcd")).toEqual([{ word: "bc", start: 1 }, { word: "abcd", start: 0 }]);
  });

  it("UTF-16 indices", () => {
    const f = new WordFilter(["坏话", "😀"]);
    expect(f.find("说坏话😀")).toEqual([{ word: "坏话", start: 1 }, { word: "😀", start: 3 }]);
    expect(f.mask("说坏话😀!")).toBe("说****!");
  });
});
