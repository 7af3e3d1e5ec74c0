// Prints coverage per language, then chapters → sections → card counts by type, as JSON (use with `npm run -s`).
import path from "node:path";
import { loadContent } from "../lib/content/load";
import { contentStats } from "../lib/content/stats";
import { translationCoverage } from "../lib/content/translation-coverage";
import { exerciseTranslations } from "../lib/exercises/exercise-translations";

const { chapters, problems, languages, translations } = loadContent();
if (problems.length > 0) {
  console.error(`content has ${problems.length} problem(s); run npm run content:check`);
  process.exit(1);
}
const exercises = exerciseTranslations();
const languageStats = {
  enabled: languages,
  content: translationCoverage(translations),
  exercises: translationCoverage(exercises),
  perChapter: chapters.map((c) => ({ id: c.id, ...translationCoverage(translations.filter((u) => u.file.startsWith(c.dir + path.sep))) })),
};
console.log(JSON.stringify({ languages: languageStats, ...contentStats(chapters) }, null, 2));
