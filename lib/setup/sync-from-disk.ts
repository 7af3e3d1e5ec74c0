import { createPrismaClient } from "../db";
import { loadContent } from "../content/load";
import { syncContent, type SyncReport } from "../content/sync-content";

/** Loads content/ and syncs it; refuses to sync content with problems (nothing is half-applied). */
export async function syncContentFromDisk(url: string): Promise<SyncReport> {
  const { chapters, problems } = loadContent();
  if (problems.length > 0) {
    const list = problems.slice(0, 20).map((p) => `  ${p.file}: ${p.message}`).join("\n");
    throw new Error(`content/ has ${problems.length} problem(s); run npm run content:check\n${list}`);
  }
  const db = createPrismaClient(url);
  try {
    return await syncContent(db, chapters);
  } finally {
    await db.$disconnect();
  }
}
