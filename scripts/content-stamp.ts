// Re-stamps translations after you updated one side: `npm run content:stamp -- <id> [<id>…]`
// (card, section, chapter or exercise ids), or `-- --all`. Writes i18n: { en, zh } hashes.
import { parseArgs } from "node:util";
import { loadContent } from "../lib/content/load";
import { stampTranslations } from "../lib/content/stamp-translations";
import { exerciseTranslations } from "../lib/exercises/exercise-translations";

const { values, positionals } = parseArgs({ options: { all: { type: "boolean", default: false } }, allowPositionals: true });
if (!values.all && positionals.length === 0) {
  console.error("usage: npm run content:stamp -- <id> [<id>…] | --all");
  process.exit(2);
}
const { translations, problems } = loadContent();
const units = [...translations, ...exerciseTranslations()];
const ids = values.all ? "all" : new Set(positionals);
if (ids !== "all") {
  const known = new Set(units.map((u) => u.id));
  const unknown = positionals.filter((id) => !known.has(id));
  if (unknown.length) {
    console.error(`unknown id(s): ${unknown.join(", ")}`);
    process.exit(1);
  }
}
if (problems.length) console.error(`note: content has ${problems.length} other problem(s); run npm run content:check`);
const stamped = stampTranslations(units, ids);
console.log(`stamped ${stamped.length}: ${stamped.join(", ") || "(nothing translated among those ids)"}`);
