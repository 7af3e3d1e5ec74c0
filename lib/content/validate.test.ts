import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSeedHeadings, uncoveredHeadings } from "./seed-headings";
import { validateContent } from "./validate";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

function card(id: string, extra = "") {
  return `  - id: ${id}
    type: basic
    front: "Question ${id}?"
    back: "Answer"
    explanation: "Why"
    interview: { frequency: high, difficulty: easy }
${extra}`;
}

/** Writes a content tree into a temp dir: one chapter "ch" with the given sections. */
function tree(sections: Record<string, { yaml: string; note?: string }>, headings = `- { level: 1, text: "Ch" }\n- { level: 2, text: "Sec" }\n`) {
  const dir = mkdtempSync(path.join(tmpdir(), "content-"));
  mkdirSync(path.join(dir, "ch"));
  writeFileSync(path.join(dir, "seed-headings.yaml"), headings);
  writeFileSync(path.join(dir, "ch", "chapter.yaml"), `id: ch\ntitle: Chapter\nseedHeading: Ch\norder: 1\nsummary: S\n`);
  for (const [id, s] of Object.entries(sections)) {
    mkdirSync(path.join(dir, "ch", id));
    writeFileSync(path.join(dir, "ch", id, "section.yaml"), s.yaml);
    writeFileSync(path.join(dir, "ch", id, "note.md"), s.note ?? words(200));
  }
  return dir;
}

const sectionYaml = (id: string, cards: string[]) => `id: ${id}\ntitle: T\nseedHeading: Sec\norder: 1\nsummary: S\ncards:\n${cards.join("")}`;
const eight = (prefix: string) => Array.from({ length: 8 }, (_, i) => card(`${prefix}-${i}`));

function problemsOf(dir: string) {
  return validateContent({ contentDir: dir, seedFile: "/nonexistent" }).problems.map((p) => `${path.relative(dir, p.file)}: ${p.message}`);
}

describe("content validation", () => {
  it("accepts a valid tree", () => {
    expect(problemsOf(tree({ sec: { yaml: sectionYaml("sec", eight("sec")) } }))).toEqual([]);
  });

  it("names the file and the field of schema errors", () => {
    const bad = sectionYaml("sec", [...eight("sec").slice(1), card("sec-x").replace("type: basic", "type: essay")]);
    const problems = problemsOf(tree({ sec: { yaml: bad } }));
    expect(problems.some((p) => p.startsWith("ch/sec/section.yaml: cards.7.type"))).toBe(true);
  });

  it("fails on too few cards, duplicate ids and duplicate questions, short notes", () => {
    const cards = [...eight("sec").slice(0, 6), card("sec-0")];
    const problems = problemsOf(tree({ sec: { yaml: sectionYaml("sec", cards), note: "too short" } }));
    expect(problems.join("\n")).toMatch(/has 7, needs at least 8/);
    expect(problems.join("\n")).toMatch(/duplicate id "sec-0"/);
    expect(problems.join("\n")).toMatch(/duplicate question/);
    expect(problems.join("\n")).toMatch(/note.md: has 2 words/);
  });

  it("requires exactly one correct option unless multiAnswer, and a why on wrong options", () => {
    const mcq = `  - id: sec-mcq
    type: mcq
    question: "Pick one?"
    options:
      - { text: "a", correct: true }
      - { text: "b", correct: true, why: "x" }
      - { text: "c" }
    explanation: "e"
    interview: { frequency: low, difficulty: easy }
`;
    const problems = problemsOf(tree({ sec: { yaml: sectionYaml("sec", [...eight("sec"), mcq]) } })).join("\n");
    expect(problems).toMatch(/cards.8.options: needs exactly one correct option \(found 2\)/);
    expect(problems).toMatch(/cards.8.options.2.why: a wrong option must say why/);
  });

  it("fails on a TypeScript snippet that does not compile, naming the card", () => {
    const broken = card("sec-ts").replace('back: "Answer"', 'back: |\n      ```ts\n      const n: number = "text";\n      ```');
    const problems = problemsOf(tree({ sec: { yaml: sectionYaml("sec", [...eight("sec"), broken]) } })).join("\n");
    expect(problems).toMatch(/cards.8 \(sec-ts\) snippet 1: TypeScript snippet line 1: Type 'string' is not assignable to type 'number'/);
  });

  it("fails when a seed heading has no section", () => {
    const dir = tree({ sec: { yaml: sectionYaml("sec", eight("sec")) } }, `- { level: 1, text: "Ch" }\n- { level: 2, text: "Sec" }\n- { level: 2, text: "Other" }\n`);
    expect(problemsOf(dir)).toContain("seed-headings.yaml: seed heading has no section: ## Other");
  });

  it("fails when cards are not ordered by interview frequency", () => {
    const low = card("sec-low").replace("frequency: high", "frequency: low");
    const problems = problemsOf(tree({ sec: { yaml: sectionYaml("sec", [low, ...eight("sec")]) } })).join("\n");
    expect(problems).toMatch(/order cards by interview frequency/);
  });
});

const giveawayMcq = (id: string) => `  - id: ${id}
    type: mcq
    question: "Which one, ${id}?"
    options:
      - { text: "the right answer, explained at length with every detail", correct: true }
      - { text: "a short wrong one", why: "misconception" }
    explanation: "e"
    interview: { frequency: low, difficulty: easy }
`;

describe("answer cues", () => {
  it("fails a giveaway MCQ and the deck-wide longest-correct share, and excludes a trailing Sources list from the note's words", () => {
    const note = `${words(480)}\n\n## Sources\n\n${words(60)}\n`;
    const dir = tree({ sec: { yaml: sectionYaml("sec", [...eight("sec"), giveawayMcq("sec-mcq")]), note } });
    const problems = problemsOf(dir);
    expect(problems).toContain("ch/sec/section.yaml: cards.8 (sec-mcq).options: the correct option is 3.24× the longest distractor (max 1.6×): shorten it or give the distractors the same detail");
    expect(problems.some((p) => /longest in 1 of 1 single-answer MCQs/.test(p))).toBe(true);
    expect(problems.join("\n")).not.toMatch(/note\.md/);
  });

  it("limits the answer-cue checks to the chapters asked for, and rejects an unknown chapter", () => {
    const dir = tree({ sec: { yaml: sectionYaml("sec", [...eight("sec"), giveawayMcq("sec-mcq")]) } });
    const result = validateContent({ contentDir: dir, seedFile: "/nonexistent", cueChapters: [] });
    expect(result.problems).toEqual([]);
    expect(result.figures.perChapter).toEqual([]);
    const unknown = validateContent({ contentDir: dir, seedFile: "/nonexistent", cueChapters: ["nope"] }).problems.map((p) => p.message);
    expect(unknown).toEqual(['--chapter: no chapter "nope"']);
    const scoped = validateContent({ contentDir: dir, seedFile: "/nonexistent", cueChapters: ["ch"] });
    expect(scoped.figures.scope).toMatchObject({ singleAnswerMcqs: 1, correctLongest: 1 });
    expect(scoped.figures.perChapter.map((c) => c.id)).toEqual(["ch"]);
  });
});

describe("seed headings", () => {
  it("ignores headings inside fenced code and covers parents through children", () => {
    const headings = parseSeedHeadings("# A\n## B\n```\n# not a heading\n```\n### C\n# D\n");
    expect(headings).toEqual([{ level: 1, text: "A" }, { level: 2, text: "B" }, { level: 3, text: "C" }, { level: 1, text: "D" }]);
    expect(uncoveredHeadings(headings, new Set(["C"]))).toEqual([{ level: 1, text: "D" }]);
  });
});
