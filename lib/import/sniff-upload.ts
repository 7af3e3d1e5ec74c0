import { ankiError } from "../anki/anki-error";
import { AppError } from "../errors";

export type ImportFormat = "anki" | "csv" | "markdown";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const startsWith = (bytes: Uint8Array, magic: number[]) => bytes.length >= magic.length && magic.every((m, i) => bytes[i] === m);

/**
 * The upload's format from its name, confirmed by a look at its bytes before a job starts, so
 * the obvious mistakes are a 400 at once: an .apkg that is not a zip, a CSV or Markdown file
 * that is binary. Deeper problems (a damaged collection, an unknown schema) fail the job.
 */
export function sniffUpload(fileName: string, bytes: Uint8Array): ImportFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const head = bytes.subarray(0, 4096);
  if (ext === "apkg" || ext === "colpkg") {
    if (!startsWith(bytes, ZIP_MAGIC) && !startsWith(bytes, EMPTY_ZIP_MAGIC)) throw ankiError("ANKI_NOT_A_ZIP", `${fileName} is not a zip archive; an .apkg or .colpkg exported from Anki is one`);
    return "anki";
  }
  if (ext === "csv" || ext === "md" || ext === "markdown" || ext === "txt") {
    const format = ext === "csv" ? "csv" : "markdown";
    if (head.includes(0) || !isUtf8(head)) {
      throw new AppError(format === "csv" ? "CSV_INVALID" : "MARKDOWN_DECK_INVALID", `${fileName} is not UTF-8 text`);
    }
    return format;
  }
  throw new AppError("IMPORT_FORMAT_UNKNOWN", `cannot import ${fileName}: send an Anki package (.apkg, .colpkg), a CSV file (.csv) or a Markdown deck (.md)`);
}

function isUtf8(head: Uint8Array): boolean {
  try {
    // A multi-byte character cut at the 4 KiB boundary is not an error: decode in stream mode.
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}
