import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "../db";
import { AppError } from "../errors";
import { mediaDir } from "./data-dir";
import { SHA256_PATTERN } from "./media-type";

/**
 * A media file the user imported: its bytes and media type. Anyone else's (or an unknown
 * hash, or a malformed one) is 404, even when the same bytes are on disk for another user.
 */
export async function readMediaFile(db: Db, userId: string, hash: string, dataDir: string): Promise<{ bytes: Uint8Array; mime: string }> {
  if (!SHA256_PATTERN.test(hash)) throw AppError.notFound("media");
  const row = await db.mediaFile.findUnique({ where: { userId_sha256: { userId, sha256: hash } } });
  if (!row) throw AppError.notFound("media");
  try {
    return { bytes: await readFile(path.join(mediaDir(dataDir), hash)), mime: row.mime };
  } catch {
    // The row outlived its file (a data folder restored without media/): nothing to serve.
    throw AppError.notFound("media");
  }
}
