import { existsSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isMap, isScalar, parse as parseYaml, parseDocument, Scalar, YAMLMap, type Document } from "yaml";
import { exerciseTranslations, PROMPT_ZH } from "../exercises/exercise-translations";
import { chapterDraftProblems, enText, exerciseDraftProblems, sectionDraftProblems } from "./find-draft-problems";
import { loadContent, NOTE_ZH } from "./load";
import { stampTranslations } from "./stamp-translations";

export const SECTION_DRAFT = "section.zh.yaml";
export const CHAPTER_DRAFT = "chapter.zh.yaml";
export const EXERCISE_DRAFT = "meta.zh.json";

type Obj = Record<string, unknown>;
type Path = (string | number)[];
export type MergeReport = { problems: string[]; merged: string[]; languages: string[] };

const subdirs = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => !n.startsWith(".") && statSync(path.join(dir, n)).isDirectory()).sort() : []);
const readYaml = (file: string) => parseYaml(readFileSync(file, "utf8")) as unknown;

/**
 * Turns the text at `at` into `{ en, zh }`, keeping the English node (its style and comments).
 * Short one-line pairs are written in flow style (`title: { en: LRU cache, zh: LRU 缓存 }`).
 */
function localize(doc: Document, at: Path, zh: string) {
  const node = doc.getIn(at, true);
  const zhNode = new Scalar(zh.replace(/\s+$/, "") + (zh.includes("\n") ? "\n" : ""));
  if (zh.includes("\n")) zhNode.type = Scalar.BLOCK_LITERAL;
  if (isMap(node)) {
    node.set("zh", zhNode); // merged before: refresh the Chinese only
    return;
  }
  const enNode = isScalar(node) ? node : new Scalar(String(node));
  const map = new YAMLMap();
  map.set(new Scalar("en"), enNode);
  map.set(new Scalar("zh"), zhNode);
  const en = String(enNode.value);
  const block = (s: Scalar) => s.type === Scalar.BLOCK_LITERAL || s.type === Scalar.BLOCK_FOLDED;
  map.flow = !block(enNode) && !en.includes("\n") && !zh.includes("\n") && en.length + zh.length < 90;
  doc.setIn(at, map);
}

function mergeSection(doc: Document, en: Obj, zh: Obj) {
  localize(doc, ["title"], String(zh.title));
  localize(doc, ["summary"], String(zh.summary));
  const drafts = zh.cards as Record<string, Obj>;
  (en.cards as Obj[]).forEach((card, i) => {
    const z = drafts[String(card.id)];
    for (const field of ["front", "back", "question", "text", "explanation", "prompt"]) {
      if (card[field] !== undefined) localize(doc, ["cards", i, field], String(z[field]));
    }
    (z.options as Obj[] | undefined)?.forEach((o, j) => {
      localize(doc, ["cards", i, "options", j, "text"], String(o.text));
      if (o.why !== undefined) localize(doc, ["cards", i, "options", j, "why"], String(o.why));
    });
    (z.steps as string[] | undefined)?.forEach((label, j) => localize(doc, ["cards", i, "steps", j, "label"], label));
    (z.assumptions as string[] | undefined)?.forEach((text, j) => localize(doc, ["cards", i, "assumptions", j], text));
  });
}

/**
 * Merges every Chinese draft under contentDir and exercisesDir into the final `{ en, zh }`
 * format, stamps what it merged and deletes the drafts. All or nothing: when any draft is
 * incomplete or mismatched, nothing is written and the problems are returned. Idempotent: with no
 * drafts left it does nothing. Writes languages.json ["en","zh"] once everything has Chinese.
 */
export function mergeZhDrafts(contentDir: string, exercisesDir: string): MergeReport {
  const problems: string[] = [];
  const writes: (() => void)[] = [];
  const drafts: string[] = [];
  const merged: string[] = [];
  for (const chapter of subdirs(contentDir)) {
    const chapterDir = path.join(contentDir, chapter);
    const chapterDraft = path.join(chapterDir, CHAPTER_DRAFT);
    if (existsSync(chapterDraft)) {
      const zh = readYaml(chapterDraft) as Obj;
      const found = chapterDraftProblems(chapterDraft, zh);
      problems.push(...found);
      if (!found.length) {
        const file = path.join(chapterDir, "chapter.yaml");
        const doc = parseDocument(readFileSync(file, "utf8"));
        localize(doc, ["title"], String(zh.title));
        localize(doc, ["summary"], String(zh.summary));
        writes.push(() => writeFileSync(file, doc.toString({ lineWidth: 0 })));
        drafts.push(chapterDraft);
        merged.push(chapter);
      }
    }
    for (const section of subdirs(chapterDir)) {
      const dir = path.join(chapterDir, section);
      const draft = path.join(dir, SECTION_DRAFT);
      if (!existsSync(draft)) continue;
      const file = path.join(dir, "section.yaml");
      const en = readYaml(file) as Obj;
      let zh: Obj;
      try {
        zh = readYaml(draft) as Obj;
      } catch (error) {
        problems.push(`${draft}: invalid YAML: ${(error as Error).message.split("\n")[0]}`);
        continue;
      }
      const found = sectionDraftProblems(draft, en, zh, existsSync(path.join(dir, NOTE_ZH)));
      problems.push(...found);
      if (found.length) continue;
      const doc = parseDocument(readFileSync(file, "utf8"));
      mergeSection(doc, en, zh);
      writes.push(() => writeFileSync(file, doc.toString({ lineWidth: 0 })));
      drafts.push(draft);
      merged.push(section, ...(en.cards as Obj[]).map((c) => String(c.id)));
    }
  }
  for (const exercise of subdirs(exercisesDir)) {
    const dir = path.join(exercisesDir, exercise);
    const draft = path.join(dir, EXERCISE_DRAFT);
    if (!existsSync(draft)) continue;
    const file = path.join(dir, "meta.json");
    const en = JSON.parse(readFileSync(file, "utf8")) as Obj;
    const zh = JSON.parse(readFileSync(draft, "utf8")) as Obj;
    const found = exerciseDraftProblems(draft, en, zh, existsSync(path.join(dir, PROMPT_ZH)));
    problems.push(...found);
    if (found.length) continue;
    const hints = (en.hints as unknown[]).map((h, i) => ({ en: enText(h), zh: (zh.hints as string[])[i] }));
    const out = { ...en, title: { en: enText(en.title), zh: zh.title }, hints };
    writes.push(() => writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`));
    drafts.push(draft);
    merged.push(exercise);
  }
  const languagesFile = path.join(contentDir, "languages.json");
  const before = existsSync(languagesFile) ? (JSON.parse(readFileSync(languagesFile, "utf8")) as string[]) : ["en"];
  if (problems.length) return { problems, merged: [], languages: before };
  for (const write of writes) write();
  for (const draft of drafts) unlinkSync(draft);
  const ids = new Set(merged);
  const { translations } = loadContent(contentDir);
  const exercises = exerciseTranslations(exercisesDir);
  stampTranslations([...translations, ...exercises], ids);
  const everything = [...translations, ...exercises].every((u) => u.missing.length === 0);
  const languages = everything ? ["en", "zh"] : before;
  if (everything && before.length === 1) writeFileSync(languagesFile, `${JSON.stringify(languages)}\n`);
  return { problems, merged, languages };
}
