/**
 * Writes lib/exercises/registry.generated.ts from the folders exercises/<id>/ (catalog order from
 * meta.json `order`). `npm run exercises:registry`; build:checker runs it too.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { listExerciseFolders } from "../lib/exercises/exercise-folders";
import { renderExerciseRegistry } from "../lib/exercises/render-exercise-registry";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = `${root}lib/exercises/registry.generated.ts`;
const text = renderExerciseRegistry(listExerciseFolders(`${root}exercises`).map((f) => f.id));
let previous = "";
try {
  previous = readFileSync(out, "utf8");
} catch {
  // first run
}
if (previous !== text) {
  writeFileSync(out, text);
  process.stdout.write(`wrote ${out}\n`);
}
