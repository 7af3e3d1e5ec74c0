import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { prepareAnkiImport } from "../anki/prepare-anki-import";
import { readAnkiPackage } from "../anki/read-anki-package";
import type { Db } from "../db";
import { AppError } from "../errors";
import { JOB_HEARTBEAT_MS } from "../jobs/job-record";
import { failJob, finishJob, reportJobProgress } from "../jobs/report-job";
import { startJob } from "../jobs/start-job";
import { snapshotFromSettings } from "../review/scheduler";
import { getSettings } from "../settings/get-settings";
import { parseCsvCards } from "../transfer/parse-csv-cards";
import { parseMarkdownDeck } from "../transfer/parse-markdown-deck";
import type { TransferCard } from "../transfer/transfer-card";
import { uploadsDir } from "./data-dir";
import { importAnki } from "./import-anki";
import type { ImportReport } from "./import-report";
import { importTransferCards } from "./import-transfer-cards";
import { removeStaleUploads } from "./remove-stale-uploads";
import { resolveImportDeck } from "./resolve-import-deck";
import { sniffUpload } from "./sniff-upload";

export type ImportUpload = { fileName: string; bytes: Uint8Array; deck: string | null };

// Share of the progress bar per phase: unpacking; mapping and replaying; rendering; writing.
const READ_SHARE = 0.2;
const PREPARE_SHARE = 0.5;
const RENDER_SHARE = 0.25;

/**
 * Starts an import job: the upload's format is checked at once (a wrong file is a 400 before
 * any job exists; CSV and Markdown are parsed here too, so a line error is a 400 with its
 * line), the file is saved under <dataDir>/imports/<jobId> and the job returns its id. The
 * import runs in the background and reports progress on the job row; an error the package
 * causes fails the job with its code and message. `finished` settles when the row is final.
 */
export async function startImport(db: Db, userId: string, upload: ImportUpload, dataDir: string): Promise<{ jobId: string; finished: Promise<void> }> {
  const format = sniffUpload(upload.fileName, upload.bytes);
  let transfer: { cards: TransferCard[]; deck: string | null } | null = null;
  if (format !== "anki") {
    const text = new TextDecoder().decode(upload.bytes);
    const parsed = format === "csv" ? { name: null, cards: parseCsvCards(text) } : parseMarkdownDeck(text);
    transfer = { cards: parsed.cards, deck: upload.deck?.trim() || parsed.name };
    await resolveImportDeck(db, userId, transfer.deck);
  }
  const { id: jobId } = await startJob(db, userId, "import");
  const dir = uploadsDir(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  removeStaleUploads(dir);
  const file = path.join(dir, jobId);
  writeFileSync(file, upload.bytes, { mode: 0o600 });

  let latest = 0;
  const progress = (value: number) => {
    latest = value;
    return reportJobProgress(db, jobId, value).catch(() => undefined);
  };
  const heartbeat = setInterval(() => void progress(latest), JOB_HEARTBEAT_MS);

  const run = async (): Promise<ImportReport> => {
    // Let the POST answer before the heavy, synchronous unpacking starts.
    await new Promise((resolve) => setTimeout(resolve, 10));
    if (transfer) return importTransferCards(db, userId, transfer.cards, transfer.deck);
    const bytes = readFileSync(file);
    const model = readAnkiPackage(bytes);
    await progress(READ_SHARE);
    const snapshot = snapshotFromSettings(await getSettings(db, userId));
    const prepared = await prepareAnkiImport(model, snapshot, (done, total) => progress(READ_SHARE + (PREPARE_SHARE * done) / total));
    return importAnki(db, userId, prepared, { dataDir, onProgress: (done) => progress(READ_SHARE + PREPARE_SHARE + RENDER_SHARE * done) });
  };

  const finished = run()
    .then((report) => finishJob(db, jobId, report))
    .catch(async (error: unknown) => {
      if (!(error instanceof AppError)) console.error(error);
      const failure = error instanceof AppError ? { code: error.code, message: `${error.code}: ${error.message}` } : { code: "INTERNAL" as const, message: "the import failed on our side; nothing was imported" };
      await failJob(db, jobId, failure).catch(() => undefined);
    })
    .finally(() => {
      clearInterval(heartbeat);
      rmSync(file, { force: true });
    });
  return { jobId, finished };
}
