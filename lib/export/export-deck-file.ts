import { z } from "zod";
import { buildAnkiExportModel, type ExportCard } from "../anki/build-anki-export-model";
import { writeAnkiPackage } from "../anki/write-anki-package";
import type { Db } from "../db";
import { parseInput } from "../errors";
import { formatCsvCards } from "../transfer/format-csv-cards";
import { formatMarkdownDeck } from "../transfer/format-markdown-deck";
import type { TransferCard } from "../transfer/transfer-card";
import { attachExportMedia } from "./attach-export-media";
import { loadExportCards } from "./load-export-cards";

export const EXPORT_FORMATS = ["apkg", "csv", "markdown"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportQuerySchema = z.object({
  deck: z.string().trim().min(1, "name a deck or chapter id").max(100),
  history: z.enum(["true", "false"]).default("true").transform((v) => v === "true"),
});

export type ExportFile = { fileName: string; contentType: string; body: Uint8Array | string };

const transferCard = (c: ExportCard): TransferCard => ({ ...c.content, tags: c.tags });
// A file name any OS accepts, from a deck name.
const safeName = (name: string) => name.replace(/[^\p{L}\p{N} ._-]+/gu, "_").trim().slice(0, 80) || "deck";

/**
 * One deck or chapter as a download: an .apkg (legacy schema, with media and, unless
 * history=false, the review history), a CSV (front, back, tags) or a Markdown deck.
 */
export async function exportDeckFile(db: Db, userId: string, format: ExportFormat, query: unknown, dataDir: string, now: Date = new Date()): Promise<ExportFile> {
  const { deck, history } = parseInput(exportQuerySchema, query);
  const loaded = await loadExportCards(db, userId, deck, { history: format === "apkg" && history });
  const base = safeName(loaded.name);
  if (format === "csv") return { fileName: `${base}.csv`, contentType: "text/csv; charset=utf-8", body: formatCsvCards(loaded.cards.map(transferCard)) };
  if (format === "markdown") return { fileName: `${base}.md`, contentType: "text/markdown; charset=utf-8", body: formatMarkdownDeck(loaded.name, loaded.cards.map(transferCard)) };
  const { cards, media } = await attachExportMedia(db, userId, loaded.cards, dataDir);
  const model = buildAnkiExportModel(cards, media, now);
  return { fileName: `${base}.apkg`, contentType: "application/octet-stream", body: writeAnkiPackage(model, { includeHistory: history, nowSecs: Math.floor(now.getTime() / 1000) }) };
}
