import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "./load";
import { mergeZhDrafts } from "./merge-zh-drafts";
import { staleTranslation } from "./translation-units";
import { validateContent } from "./validate";
import { checkExerciseTranslations, exerciseTranslations } from "../exercises/exercise-translations";
import { readExerciseMeta } from "../exercises/catalog";

// A copy of two real sections (ds/sorted-map, linux/word-size) and one exercise, with Chinese
// drafts in the translators' format (/work/wt/translate.md).
const FIXTURE = path.join(__dirname, "fixtures", "zh-merge");

function copy() {
  const dir = mkdtempSync(path.join(tmpdir(), "zh-merge-"));
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(path.join(dir, "content", "seed-headings.yaml"), `- { level: 1, text: "ds 数据结构" }\n- { level: 2, text: "map哈希" }\n- { level: 1, text: "linux" }\n`);
  return { content: path.join(dir, "content"), exercises: path.join(dir, "exercises") };
}
const sortedMap = (c: string) => path.join(c, "ds", "sorted-map", "section.yaml");

describe("content:merge-zh", () => {
  it("merges two real sections, a chapter and an exercise into { en, zh }, stamps them, deletes the drafts", () => {
    const { content, exercises } = copy();
    writeFileSync(sortedMap(content), readFileSync(sortedMap(content), "utf8").replace("order: 12\n", "order: 12 # after tree-map\n"));
    const report = mergeZhDrafts(content, exercises);
    expect(report.problems).toEqual([]);
    expect(report.merged).toContain("sorted-map-js-key-order");
    expect(report.languages).toEqual(["en", "zh"]);
    expect(JSON.parse(readFileSync(path.join(content, "languages.json"), "utf8"))).toEqual(["en", "zh"]);
    for (const draft of ["ds/chapter.zh.yaml", "ds/sorted-map/section.zh.yaml", "linux/word-size/section.zh.yaml"]) expect(existsSync(path.join(content, draft))).toBe(false);
    expect(existsSync(path.join(exercises, "sorted-map", "meta.zh.json"))).toBe(false);

    const yaml = readFileSync(sortedMap(content), "utf8");
    expect(yaml).toMatch(/order: 12 # after tree-map/);
    expect(yaml).toMatch(/^title: \{ en: Sorting a map \(ordered iteration\), zh: map 排序（有序遍历） \}$/m);
    expect(yaml).toMatch(/^ {4}i18n: \{ en: [0-9a-f]{10}, zh: [0-9a-f]{10} \}$/m);

    const loaded = loadContent(content);
    expect(loaded.problems).toEqual([]);
    const section = loaded.chapters[0].sections[0];
    expect(section.zh?.complete.size).toBe(section.cards.length);
    expect(section.zh?.cards.find((c) => c.id === "sorted-map-go-json-sorted")).toMatchObject({ text: expect.stringContaining("{{sorted}}") });
    const units = [...loaded.translations, ...exerciseTranslations(exercises)];
    expect(units.map(staleTranslation).filter(Boolean)).toEqual([]);
    expect(units.every((u) => u.missing.length === 0)).toBe(true);
    expect(readExerciseMeta(path.join(exercises, "sorted-map", "meta.json"), "zh").title).toBe("按 key 有序的 map（TreeMap）");

    // With zh on, content:check finds nothing missing or stale; only the glossary (not in the fixture) is asked for.
    const problems = validateContent({ contentDir: content, seedFile: "/nonexistent", compile: false }).problems.map((p) => p.message);
    expect(problems).toEqual([expect.stringMatching(/^missing: the bilingual glossary/)]);
  });

  it("flags an exercise whose English prompt changed after the merge, and one without Chinese once zh is on", () => {
    const { content, exercises } = copy();
    mergeZhDrafts(content, exercises);
    expect(checkExerciseTranslations(true, exercises)).toEqual([]);
    const prompt = path.join(exercises, "sorted-map", "prompt.md");
    writeFileSync(prompt, `${readFileSync(prompt, "utf8")}\nOne more requirement.\n`);
    expect(checkExerciseTranslations(true, exercises).map((p) => p.message)).toEqual([
      "exercise sorted-map: stale translation: the English (title, hints[], prompt.md) changed since the Chinese was written; update it, then run npm run content:stamp -- sorted-map",
    ]);
    writeFileSync(path.join(exercises, "sorted-map", "prompt.zh.md"), "");
    expect(checkExerciseTranslations(true, exercises).map((p) => p.message)).toContain("prompt.zh.md: lacks zh (every text is { en, zh } once content/languages.json has \"zh\")");
  });

  it("is idempotent: a second run finds no drafts and changes nothing", () => {
    const { content, exercises } = copy();
    mergeZhDrafts(content, exercises);
    const before = readFileSync(sortedMap(content), "utf8");
    expect(mergeZhDrafts(content, exercises)).toEqual({ problems: [], merged: [], languages: ["en", "zh"] });
    expect(readFileSync(sortedMap(content), "utf8")).toBe(before);
  });

  it("refuses, writing nothing, when a draft is incomplete or mismatched", () => {
    const { content, exercises } = copy();
    const draft = path.join(content, "ds", "sorted-map", "section.zh.yaml");
    const text = readFileSync(draft, "utf8")
      .replace(/ {2}sorted-map-deterministic-why:[\s\S]*?(?= {2}sorted-map-js-key-order:)/, "") // a card missing
      .replace("{{O(n)}}", "O(n)") // a blank lost
      .replace('      - text: "未定义，不同引擎不一样。"\n        why: "从 ES2015/ES2020 起，这些操作里自有属性 key 的顺序是有规范的。"\n', "") // an option lost
      .replace("  sorted-map-go-pattern:\n", "  sorted-map-go-pattern:\n    question: 多余\n");
    writeFileSync(draft, text);
    const before = readFileSync(sortedMap(content), "utf8");
    const report = mergeZhDrafts(content, exercises);
    const rel = (p: string) => p.replace(`${content}/`, "");
    expect(report.problems.map(rel)).toEqual([
      "ds/sorted-map/section.zh.yaml sorted-map-go-pattern: unexpected field question",
      "ds/sorted-map/section.zh.yaml sorted-map-sort-on-read-cost: cloze has 2 blanks, English 3",
      "ds/sorted-map/section.zh.yaml sorted-map-deterministic-why: card missing from the draft",
      "ds/sorted-map/section.zh.yaml sorted-map-js-key-order: options count 3 ≠ English 4",
    ]);
    expect(readFileSync(sortedMap(content), "utf8")).toBe(before);
    expect(existsSync(path.join(content, "ds", "chapter.zh.yaml"))).toBe(true); // nothing merged, not even the valid drafts
    expect(readFileSync(path.join(content, "ds", "chapter.yaml"), "utf8")).not.toMatch(/zh:/);
  });
});
