// Checker spec for aho-corasick (CATALOG §19).
import fc from "fast-check";
import { call, construct, script } from "../../lib/exercises/engine/spec-helpers";
import type { ExerciseSpec, ModuleExports } from "../../lib/exercises/engine/types";

type W = { find(t: string): unknown };
const word = fc.string({ unit: fc.constantFrom("a", "b"), minLength: 1, maxLength: 3 });
const words = fc.oneof(
  { weight: 9, arbitrary: fc.array(word, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.constant(["a", ""]) },
);
const text = fc.string({ unit: fc.constantFrom("a", "b", "c"), maxLength: 12 });

export const spec: ExerciseSpec = {
  id: "aho-corasick",
  exports: ["WordFilter"],
  makeEnv: () => ({ refs: {} }),
  examples: [
    {
      name: "overlapping matches ordered by end, then length descending",
      script: `
        const w = new WordFilter(["he", "she", "his", "hers"]);
        w.find("ushers") // => [{ word: "she", start: 1 }, { word: "he", start: 2 }, { word: "hers", start: 2 }]
        w.mask("ushers") // => "u*****"
        w.mask("ushers", "#") // => "u#####"
        w.find("nothing here") // => [{ word: "he", start: 8 }]
        w.find("") // => []`,
    },
    {
      name: "duplicates are ignored; overlaps of one word",
      script: `
        const w = new WordFilter(["aa", "aa", "a"]);
        w.find("aaa") // => [{ word: "a", start: 0 }, { word: "aa", start: 0 }, { word: "a", start: 1 }, { word: "aa", start: 1 }, { word: "a", start: 2 }]
        w.mask("baab") // => "b**b"`,
    },
    {
      name: "empty word list; invalid arguments",
      script: `
        const w = new WordFilter([]);
        w.find("abc") // => []
        w.mask("abc") // => "abc"
        w.mask("abc", "##") // throws RangeError
        w.mask("abc", "") // throws RangeError
        w.mask("abc", "😀") // throws RangeError
        new WordFilter(["ok", ""]) // throws RangeError`,
    },
  ],
  property: {
    scripts: script(construct("w", "WordFilter", words), [
      call("w", "find", text),
      call("w", "mask", text, fc.oneof({ weight: 8, arbitrary: fc.constantFrom("*", "#") }, { weight: 1, arbitrary: fc.constantFrom("", "ab", "😀") })),
    ], { maxLength: 6 }),
    numRuns: 400,
  },
  perf: [
    {
      what: "building the filter and find()",
      likelyCause: "find() searches for every word separately (indexOf per word), O(text × words), instead of one pass over an automaton with failure links",
      sizes: [3000, 24000],
      prepare: (mod: ModuleExports, n: number) => {
        let seed = 12345;
        const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % 26;
        const letters = (k: number) => Array.from({ length: k }, () => String.fromCharCode(97 + rnd())).join("");
        const ws = Array.from({ length: n / 10 }, () => letters(6));
        const txt = letters(n);
        return () => new (mod.WordFilter as new (w: string[]) => W)(ws).find(txt);
      },
    },
  ],
};
