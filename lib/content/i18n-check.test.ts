import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "./load";
import { stampTranslations } from "./stamp-translations";
import { translationCoverage } from "./translation-coverage";
import { validateContent } from "./validate";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");
const hanNote = "缓存".repeat(150); // 300 Han characters ≈ 176 words

/** A card whose front/back/explanation are `{ en, zh }` (zh omitted where `zh` is false). */
function card(id: string, zh = true) {
  const t = (en: string, cn: string) => (zh ? `{ en: "${en}", zh: "${cn}" }` : `"${en}"`);
  return `  - id: ${id}
    type: basic
    front: ${t(`Question ${id}?`, `问题 ${id}？`)}
    back: ${t("Answer", "答案")}
    explanation: ${t("Why", "原因")}
    interview: { frequency: high, difficulty: easy }
`;
}

function tree(opts: { languages: string; cards: string[]; noteZh?: string | null; glossary?: string }) {
  const dir = mkdtempSync(path.join(tmpdir(), "content-i18n-"));
  mkdirSync(path.join(dir, "ch", "sec"), { recursive: true });
  writeFileSync(path.join(dir, "languages.json"), opts.languages);
  writeFileSync(path.join(dir, "seed-headings.yaml"), `- { level: 1, text: "Ch" }\n- { level: 2, text: "Sec" }\n`);
  writeFileSync(path.join(dir, "ch", "chapter.yaml"), `id: ch\ntitle: { en: Chapter, zh: 章节 }\nseedHeading: Ch\norder: 1\nsummary: { en: S, zh: 摘要 }\n`);
  writeFileSync(path.join(dir, "ch", "sec", "section.yaml"), `id: sec\ntitle: { en: T, zh: 标题 }\nseedHeading: Sec\norder: 1\nsummary: { en: S, zh: 摘要 }\ncards:\n${opts.cards.join("")}`);
  writeFileSync(path.join(dir, "ch", "sec", "note.md"), words(200));
  if (opts.noteZh !== null) writeFileSync(path.join(dir, "ch", "sec", "note.zh.md"), opts.noteZh ?? hanNote);
  if (opts.glossary) writeFileSync(path.join(dir, "glossary.yaml"), opts.glossary);
  return dir;
}

const eight = (zh = true) => Array.from({ length: 8 }, (_, i) => card(`sec-${i}`, zh));
const problemsOf = (dir: string) => validateContent({ contentDir: dir, seedFile: "/nonexistent", compile: false }).problems.map((p) => `${path.relative(dir, p.file)}: ${p.message}`);
const stampAll = (dir: string) => stampTranslations(loadContent(dir).translations, "all");

describe("bilingual content checks", () => {
  it("accepts a fully translated, stamped tree with zh on", () => {
    const dir = tree({ languages: `["en","zh"]`, cards: eight(), glossary: "" });
    expect(stampAll(dir)).toHaveLength(10); // chapter, section, 8 cards
    expect(problemsOf(dir).filter((p) => !p.startsWith("glossary.yaml"))).toEqual([]);
  });

  it("with zh on, fails on a field that lacks a language, and on a missing note.zh.md", () => {
    const dir = tree({ languages: `["en","zh"]`, cards: [...eight().slice(1), card("sec-x", false)], noteZh: null });
    stampAll(dir);
    const problems = problemsOf(dir).join("\n");
    expect(problems).toMatch(/ch\/sec\/section.yaml: cards\.7\.front: lacks zh/);
    expect(problems).toMatch(/cards\.7\.explanation: lacks zh/);
    expect(problems).toMatch(/ch\/sec\/note.zh.md: missing or empty/);
    expect(problems).toMatch(/glossary.yaml: missing/);
  });

  it("with en only, plain strings are English and an untranslated card is fine", () => {
    const dir = tree({ languages: `["en"]`, cards: eight(false), noteZh: null });
    stampAll(dir);
    expect(problemsOf(dir)).toEqual([]);
  });

  it("flags an unstamped translation, then a stale one in either direction, naming the card and how to re-stamp", () => {
    const dir = tree({ languages: `["en"]`, cards: eight() });
    expect(problemsOf(dir).join("\n")).toMatch(/cards\.0 \(sec-0\): the Chinese \(front, back, explanation\) has no translation stamp.*npm run content:stamp -- sec-0/);
    stampAll(dir);
    expect(problemsOf(dir)).toEqual([]);
    const file = path.join(dir, "ch", "sec", "section.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace('en: "Question sec-3?"', 'en: "Question sec-3, reworded?"'));
    expect(problemsOf(dir)).toEqual([
      "ch/sec/section.yaml: cards.3 (sec-3): stale translation: the English (front, back, explanation) changed since the Chinese was written; update it, then run npm run content:stamp -- sec-3",
    ]);
    writeFileSync(file, readFileSync(file, "utf8").replace('zh: "问题 sec-5？"', 'zh: "问题 sec-5（改）？"'));
    expect(problemsOf(dir).join("\n")).toMatch(/cards\.5 \(sec-5\): the Chinese .* changed since it was stamped/);
    expect(stampTranslations(loadContent(dir).translations, new Set(["sec-3", "sec-5"]))).toEqual(["sec-3", "sec-5"]);
    expect(problemsOf(dir)).toEqual([]);
  });

  it("a changed note makes its section stale", () => {
    const dir = tree({ languages: `["en"]`, cards: eight() });
    stampAll(dir);
    writeFileSync(path.join(dir, "ch", "sec", "note.md"), words(210));
    expect(problemsOf(dir).join("\n")).toMatch(/section sec: stale translation: the English \(title, summary, note\)/);
  });

  it("stamping keeps comments and layout", () => {
    const dir = tree({ languages: `["en"]`, cards: eight() });
    const file = path.join(dir, "ch", "sec", "section.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("order: 1\n", "order: 1 # keep me\n"));
    stampAll(dir);
    const text = readFileSync(file, "utf8");
    expect(text).toMatch(/order: 1 # keep me/);
    expect(text).toMatch(/^ {4}i18n: \{ en: [0-9a-f]{10}, zh: [0-9a-f]{10} \}$/m);
  });

  it("runs the answer-cue and note-length checks on the Chinese too", () => {
    const mcq = `  - id: sec-mcq
    type: mcq
    question: { en: "Which?", zh: "哪个？" }
    options:
      - text: { en: "Alpha one", zh: "主从复制加上哨兵自动故障转移与读写分离" }
        correct: true
      - text: { en: "Beta two", zh: "分片" }
        why: { en: "No", zh: "不对" }
    explanation: { en: "Because", zh: "因为" }
    interview: { frequency: high, difficulty: easy }
`;
    const dir = tree({ languages: `["en"]`, cards: [...eight(), mcq], noteZh: "缓存很短" });
    stampAll(dir);
    const problems = problemsOf(dir).join("\n");
    expect(problems).toMatch(/zh: cards\.8 \(sec-mcq\)\.options: the correct option is 9\.50× the longest distractor/);
    expect(problems).not.toMatch(/en: cards\.8/);
    expect(problems).toMatch(/note\.zh\.md: has 2 words \(1\.7 Han characters a word\)/);
  });

  it("checks the glossary: both languages, used somewhere, no duplicates", () => {
    const glossary = `- { en: "question", zh: "问题" }\n- { en: "Answer", zh: "答案" }\n- { en: "never used", zh: "从未使用" }\n- { en: "answer", zh: "回答" }\n- { en: "half" }\n`;
    const dir = tree({ languages: `["en"]`, cards: eight(), glossary });
    stampAll(dir);
    expect(problemsOf(dir)).toEqual([
      'glossary.yaml: 2 (never used): not used anywhere in the content (neither "never used" nor "从未使用")',
      "glossary.yaml: 3 (answer): duplicate term",
      "glossary.yaml: 4 (half): lacks zh",
    ]);
  });

  it("reports coverage per language", () => {
    const dir = tree({ languages: `["en"]`, cards: [...eight().slice(0, 6), card("sec-6", false), card("sec-7", false)] });
    const coverage = translationCoverage(loadContent(dir).translations);
    expect(coverage.zh.units).toBe(10);
    expect(coverage.zh.completeUnits).toBe(8);
    expect(coverage.zh.translated).toBe(coverage.zh.fields - 6);
    expect(coverage.en.share).toBe(1);
  });

  it("holds the Chinese to the same shape: cloze blanks and estimate slots", () => {
    const cloze = (id: string, zh: string) => `  - id: ${id}
    type: cloze
    text: { en: "An {{LRU}} cache evicts the {{least recent}} entry (${id}).", zh: "${zh}" }
    explanation: { en: "Because", zh: "因为" }
    interview: { frequency: high, difficulty: easy }
`;
    const estimate = `  - id: sec-est
    type: estimate
    prompt: { en: "{users} users send {rate} messages each. How many a day?", zh: "{users} 个用户，每人每天发消息。一天多少条？" }
    params:
      users: { min: 1000, max: 2000, step: 1000 }
      rate: { values: [2, 3] }
    steps:
      - { name: total, label: { en: Messages a day, zh: 每天的消息数 }, expr: users * rate }
    answer: { nouns: [messages] }
    assumptions: [{ en: One send is one message., zh: 一次发送就是一条消息。 }]
    explanation: { en: Multiply., zh: 相乘。 }
    interview: { frequency: high, difficulty: easy }
`;
    const dir = tree({ languages: `["en"]`, cards: [...eight(), cloze("sec-c1", "没有空"), cloze("sec-c2", "{{LRU}} 缓存淘汰最久未用的条目。"), estimate] });
    stampAll(dir);
    const problems = problemsOf(dir).join("\n");
    expect(problems).toMatch(/section.yaml: zh: cards\.8\.text: needs at least one \{\{blank\}\}/);
    expect(problems).toMatch(/cards\.9 \(sec-c2\)\.text: the Chinese has 1 blanks, the English 2/);
    expect(problems).toMatch(/cards\.10 \(sec-est\)\.prompt: the Chinese has slots \{users\}, the English \{rate, users\}/);
  });
});
