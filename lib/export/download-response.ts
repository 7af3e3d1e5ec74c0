import type { ExportFile } from "./export-deck-file";

/** A download: the file name both plain (ASCII fallback) and UTF-8 encoded (RFC 6266). */
export function downloadResponse(file: ExportFile): Response {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const body = typeof file.body === "string" ? file.body : Buffer.from(file.body);
  return new Response(body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
