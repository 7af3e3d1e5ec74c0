import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync, type Unzipped } from "fflate";
import { decompress as zstdDecompress } from "fzstd";
import { ankiError } from "./anki-error";
import type { AnkiMedia, AnkiModel, AnkiProgress } from "./anki-model";
import { readAnkiCollection } from "./read-anki-collection";
import { ProtobufError, protoRepeated, protoString, protoVarint, readProtobuf } from "./read-protobuf";

/** PackageMetadata.Version in Anki's import_export.proto: 3 means anki21b, zstd and a protobuf media map. */
const VERSION_LATEST = 3;
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
// Newest first: a current export also carries a stub collection.anki2 that only says "update Anki".
const COLLECTION_NAMES = ["collection.anki21b", "collection.anki21", "collection.anki2"] as const;

export type ReadAnkiOptions = {
  onProgress?: (p: AnkiProgress) => void;
  /** Refuse packages that unpack to more than this (a zip bomb guard). Default 2 GiB. */
  maxUnpackedBytes?: number;
};

/**
 * Reads an `.apkg` or `.colpkg` (legacy anki2/anki21 or current anki21b) into a plain model.
 * Every failure is a 400 AppError with an ANKI_* code. The collection is written to a private
 * temp directory for SQLite to open and always removed.
 */
export function readAnkiPackage(bytes: Uint8Array, options: ReadAnkiOptions | ReadAnkiOptions["onProgress"] = {}): AnkiModel {
  const { onProgress, maxUnpackedBytes = 2 * 1024 ** 3 } = typeof options === "function" ? { onProgress: options } : options;
  const files = unzip(bytes, maxUnpackedBytes);
  onProgress?.({ phase: "unzip", done: 1, total: 1 });

  const version = files.meta ? readMetaVersion(files.meta) : undefined;
  if (version !== undefined && version > VERSION_LATEST) {
    throw ankiError("ANKI_UNKNOWN_SCHEMA", `package version ${version} is newer than we read (up to ${VERSION_LATEST}); export from Anki with "Support older Anki versions" ticked`, { packageVersion: version });
  }
  const name = COLLECTION_NAMES.find((n) => files[n]);
  if (!name) throw ankiError("ANKI_NO_COLLECTION", "this zip holds no Anki collection (collection.anki21b, .anki21 or .anki2): it is not an Anki package");
  const collection = maybeZstd(files[name], name);

  const dir = mkdtempSync(join(tmpdir(), "anki-import-"));
  try {
    const path = join(dir, "collection.sqlite");
    writeFileSync(path, collection);
    const model = readAnkiCollection(path, onProgress);
    return { ...model, media: readMedia(files, version === VERSION_LATEST, onProgress) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function unzip(bytes: Uint8Array, maxUnpackedBytes: number): Unzipped {
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        if (total > maxUnpackedBytes) throw ankiError("ANKI_TOO_LARGE", `the package unpacks to more than ${Math.round(maxUnpackedBytes / 1024 ** 2)} MB`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof Error && error.name === "AppError") throw error;
    throw ankiError("ANKI_NOT_A_ZIP", `this file is not a readable zip archive (${(error as Error).message}); an .apkg or .colpkg is a zip`);
  }
}

function readMetaVersion(meta: Uint8Array): number {
  try {
    return protoVarint(readProtobuf(meta), 1) ?? 0;
  } catch (error) {
    if (error instanceof ProtobufError) throw ankiError("ANKI_CORRUPT", `the package's meta file is damaged: ${error.message}`);
    throw error;
  }
}

const isZstd = (b: Uint8Array) => b.length >= 4 && ZSTD_MAGIC.every((m, i) => b[i] === m);

function maybeZstd(bytes: Uint8Array, what: string): Uint8Array {
  if (!isZstd(bytes)) return bytes;
  try {
    return zstdDecompress(bytes);
  } catch (error) {
    throw ankiError("ANKI_CORRUPT", `${what} is not valid zstd data: ${(error as Error).message}`);
  }
}

// Anki refuses media names that could escape its media folder; so do we.
const isSafeName = (name: string) => name.length > 0 && name.length <= 255 && !/[/\\\0]/.test(name) && name !== "." && name !== "..";

/** The media map: JSON {"0": "a.jpg"} in legacy packages, a zstd MediaEntries protobuf in current ones. */
function mediaNames(files: Unzipped, latest: boolean): [zipName: string, name: string][] {
  const map = files.media;
  if (!map || map.length === 0) return [];
  if (latest || isZstd(map)) {
    try {
      // MediaEntries { repeated MediaEntry entries = 1 }, MediaEntry { name = 1, size = 2, sha1 = 3, legacy_zip_filename = 255 }
      return protoRepeated(readProtobuf(maybeZstd(map, "the media map")), 1).map((entry, index) => {
        const fields = readProtobuf(entry);
        return [String(protoVarint(fields, 255) ?? index), protoString(fields, 1)];
      });
    } catch (error) {
      if (error instanceof ProtobufError) throw ankiError("ANKI_CORRUPT", `the package's media map is damaged: ${error.message}`);
      throw error;
    }
  }
  try {
    const json = JSON.parse(new TextDecoder().decode(map)) as Record<string, unknown>;
    return Object.entries(json).map(([zipName, name]) => [zipName, String(name)]);
  } catch {
    throw ankiError("ANKI_CORRUPT", "the package's media map is not valid JSON");
  }
}

function readMedia(files: Unzipped, latest: boolean, onProgress?: (p: AnkiProgress) => void): AnkiMedia[] {
  const names = mediaNames(files, latest);
  const media: AnkiMedia[] = [];
  for (const [zipName, name] of names) {
    const stored = files[zipName];
    // A map entry without its file is dropped: Anki itself exports maps with gaps.
    if (!stored || !isSafeName(name)) continue;
    // Only current packages compress media; a legacy media file is stored as is.
    const bytes = latest ? maybeZstd(stored, `media file ${name}`) : stored;
    media.push({ name: name.normalize("NFC"), bytes, sha256: createHash("sha256").update(bytes).digest("hex") });
    onProgress?.({ phase: "media", done: media.length, total: names.length });
  }
  return media;
}
