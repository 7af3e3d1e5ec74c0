// Validates content/: schema, ids, card counts, seed coverage, answer cues and TypeScript snippets.
// `--chapter ds,docker` (or repeated --chapter) limits the answer-cue checks to those chapters.
import path from "node:path";
import { parseArgs } from "node:util";
import { formatAnswerCueFigures } from "../lib/content/check-answer-cues";
import { validateContent } from "../lib/content/validate";
import { listExercises } from "../lib/exercises/catalog";
import { exerciseProblems } from "../lib/exercises/exercise-cards";
import { checkExerciseTranslations } from "../lib/exercises/exercise-translations";

const { values } = parseArgs({ options: { chapter: { type: "string", multiple: true } } });
const cueChapters = values.chapter?.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);

const { chapters, problems, figures, languages } = validateContent({ cueChapters });
problems.push(...checkExerciseTranslations(languages.includes("zh")));
const sectionIds = new Set(chapters.flatMap((c) => c.sections.map((s) => s.id)));
for (const message of exerciseProblems(listExercises(), sectionIds)) problems.push({ file: "exercises", message });
const cards = chapters.flatMap((c) => c.sections).reduce((n, s) => n + s.cards.length, 0);

console.log(formatAnswerCueFigures(cueChapters ? `answer cues (${cueChapters.join(", ")})` : "answer cues (deck)", figures.scope));
for (const c of figures.perChapter) console.log(formatAnswerCueFigures(`  ${c.id}`, c.figures));
console.log(formatAnswerCueFigures("answer cues (zh, translated cards)", figures.zh));
console.log(`languages: ${languages.join(", ")} (content/languages.json); coverage: npm run -s content:stats`);
if (problems.length > 0) {
  for (const p of problems) console.error(`${path.relative(process.cwd(), p.file) || "."}: ${p.message}`);
  console.error(`\ncontent:check failed: ${problems.length} problem(s)`);
  process.exit(1);
}
const sections = chapters.reduce((n, c) => n + c.sections.length, 0);
console.log(`content:check ok: ${chapters.length} chapters, ${sections} sections, ${cards} cards`);
