import { closeDatabase, createPrismaClient } from "../db";
import { CONTENT_DIR, loadContent } from "../content/load";
import { readGlossary } from "../content/glossary";
import { syncContent, type SyncReport } from "../content/sync-content";
import { listExercises } from "../exercises/catalog";
import { exerciseCards, exerciseProblems } from "../exercises/exercise-cards";
import { supportsPredict } from "../exercises/predict/generate-predict";
import { SPECS } from "../exercises/specs";

async function predictableExercises(ids: string[]): Promise<Set<string>> {
  const checks = await Promise.all(ids.map(async (id) => (SPECS[id] && supportsPredict(await SPECS[id].spec()) ? id : null)));
  return new Set(checks.filter((id): id is string => id !== null));
}

/**
 * Loads content/ and the exercise catalog and syncs both; refuses to sync anything with
 * problems (nothing is half-applied).
 */
export async function syncContentFromDisk(url: string): Promise<SyncReport> {
  const { chapters, problems } = loadContent();
  const exercises = listExercises();
  const sectionIds = new Set(chapters.flatMap((c) => c.sections.map((s) => s.id)));
  const all = [...problems.map((p) => `${p.file}: ${p.message}`), ...exerciseProblems(exercises, sectionIds)];
  if (all.length > 0) {
    const list = all.slice(0, 20).map((p) => `  ${p}`).join("\n");
    throw new Error(`content has ${all.length} problem(s); run npm run content:check\n${list}`);
  }
  const db = createPrismaClient(url);
  try {
    const predictable = await predictableExercises(exercises.map((e) => e.id));
    return await syncContent(db, chapters, new Date(), exerciseCards(exercises, predictable), readGlossary(CONTENT_DIR).entries);
  } finally {
    await closeDatabase(db);
  }
}
