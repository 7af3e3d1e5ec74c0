import { readFileSync } from "node:fs";
import path from "node:path";
import type { AnkiMedia } from "../anki/anki-model";
import type { ExportCard } from "../anki/build-anki-export-model";
import { rewriteMediaSrc } from "../anki/convert-anki-html";
import type { Db } from "../db";
import { mediaDir } from "../import/data-dir";

const MEDIA_URL = /^\/api\/media\/([0-9a-f]{64})$/;

function mapContent(content: ExportCard["content"], fn: (s: string) => string): ExportCard["content"] {
  return content.type === "basic"
    ? { ...content, front: fn(content.front), back: fn(content.back), explanation: fn(content.explanation) }
    : { ...content, text: fn(content.text), explanation: fn(content.explanation) };
}

/**
 * Imported media travel back out with the cards: each `/api/media/<sha256>` the user owns
 * becomes the file's name in the package again (made unique when two files share a name),
 * and its bytes go into the package's media.
 */
export async function attachExportMedia(db: Db, userId: string, cards: ExportCard[], dataDir: string): Promise<{ cards: ExportCard[]; media: AnkiMedia[] }> {
  const hashes = new Set<string>();
  const collect = (s: string) => rewriteMediaSrc(s, (name) => (hashes.add(MEDIA_URL.exec(name)?.[1] ?? ""), null));
  cards.forEach((c) => mapContent(c.content, collect));
  hashes.delete("");
  if (hashes.size === 0) return { cards, media: [] };
  const rows = await db.mediaFile.findMany({ where: { userId, sha256: { in: [...hashes] } } });
  const names = new Map<string, string>();
  const used = new Set<string>();
  const media: AnkiMedia[] = [];
  for (const row of rows) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path.join(mediaDir(dataDir), row.sha256));
    } catch {
      continue; // the file is gone: the reference stays a dead link, as in Anki
    }
    const name = used.has(row.name) ? `${row.sha256.slice(0, 8)}-${row.name}` : row.name;
    used.add(name);
    names.set(row.sha256, name);
    media.push({ name, bytes, sha256: row.sha256 });
  }
  const rewrite = (s: string) => rewriteMediaSrc(s, (name) => names.get(MEDIA_URL.exec(name)?.[1] ?? "") ?? null);
  return { cards: cards.map((c) => ({ ...c, content: mapContent(c.content, rewrite) })), media };
}
