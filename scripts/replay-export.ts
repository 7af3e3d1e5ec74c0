// Verifies an export: `npm run -s replay-export -- go-base-export.json` replays every review
// with ts-fsrs and reports any card whose due date, stability or difficulty differs.
import { readFileSync } from "node:fs";
import { replayExport } from "../lib/review/replay-export";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run -s replay-export -- <export.json>");
  process.exit(2);
}
const result = replayExport(JSON.parse(readFileSync(file, "utf8")));
console.log(JSON.stringify(result, null, 2));
process.exit(result.mismatches.length === 0 ? 0 : 1);
