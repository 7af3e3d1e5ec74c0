// Merges the Chinese drafts (chapter.zh.yaml, section.zh.yaml, meta.zh.json) into the final
// { en, zh } format, stamps them and deletes the drafts: `npm run content:merge-zh`.
// Refuses (exit 1, nothing written) when any draft is incomplete or does not match its English.
import path from "node:path";
import { CONTENT_DIR } from "../lib/content/load";
import { mergeZhDrafts } from "../lib/content/merge-zh-drafts";
import { EXERCISES_DIR } from "../lib/exercises/catalog";

const [contentDir = CONTENT_DIR, exercisesDir = EXERCISES_DIR] = process.argv.slice(2);
const report = mergeZhDrafts(path.resolve(contentDir), path.resolve(exercisesDir));
if (report.problems.length) {
  for (const p of report.problems) console.error(p);
  console.error(`\ncontent:merge-zh refused: ${report.problems.length} problem(s) in the drafts; nothing was written`);
  process.exit(1);
}
console.log(`merged ${report.merged.length} chapters/sections/cards/exercises; languages: ${report.languages.join(", ")}`);
console.log("next: npm run -s content:check");
