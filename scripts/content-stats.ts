// Prints chapters → sections → card counts by type as JSON (use with `npm run -s`).
import { loadContent } from "../lib/content/load";
import { contentStats } from "../lib/content/stats";

const { chapters, problems } = loadContent();
if (problems.length > 0) {
  console.error(`content has ${problems.length} problem(s); run npm run content:check`);
  process.exit(1);
}
console.log(JSON.stringify(contentStats(chapters), null, 2));
