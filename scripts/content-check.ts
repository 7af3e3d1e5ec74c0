// Validates content/: schema, ids, card counts, seed coverage and TypeScript snippets.
import path from "node:path";
import { validateContent } from "../lib/content/validate";
import { listExercises } from "../lib/exercises/catalog";
import { exerciseProblems } from "../lib/exercises/exercise-cards";

const { chapters, problems } = validateContent();
const sectionIds = new Set(chapters.flatMap((c) => c.sections.map((s) => s.id)));
for (const message of exerciseProblems(listExercises(), sectionIds)) problems.push({ file: "exercises", message });
const cards = chapters.flatMap((c) => c.sections).reduce((n, s) => n + s.cards.length, 0);
if (problems.length > 0) {
  for (const p of problems) console.error(`${path.relative(process.cwd(), p.file)}: ${p.message}`);
  console.error(`\ncontent:check failed: ${problems.length} problem(s)`);
  process.exit(1);
}
const sections = chapters.reduce((n, c) => n + c.sections.length, 0);
console.log(`content:check ok: ${chapters.length} chapters, ${sections} sections, ${cards} cards`);
