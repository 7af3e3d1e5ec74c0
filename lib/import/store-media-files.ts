import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { AnkiMedia } from "../anki/anki-model";
import { mediaDir } from "./data-dir";

/**
 * Writes each media file once under <dataDir>/media/<sha256> (content-addressed, so two users
 * or two imports of the same image share the bytes). Written to a temp name and renamed, so a
 * crash never leaves a truncated file under a hash. Runs before the database transaction: a
 * file whose import then fails is unreachable (no MediaFile row names it for anyone).
 */
export function storeMediaFiles(dataDir: string, media: readonly AnkiMedia[]): void {
  const dir = mediaDir(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  for (const m of media) {
    const target = path.join(dir, m.sha256);
    if (existsSync(target)) continue;
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, m.bytes, { mode: 0o600 });
    renameSync(temp, target);
  }
}
