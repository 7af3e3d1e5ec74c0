import { AppError } from "../errors";

/** Request bodies above this are refused (413) before they are read whole. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

const tooLarge = (limit: number) => new AppError("PAYLOAD_TOO_LARGE", `request body is larger than ${limit} bytes`);

/**
 * The body as text, read at most `limit` bytes: a declared Content-Length above the limit is
 * refused without reading anything, and a body that streams past it (chunked, or a lying
 * header) is cancelled as soon as it does, so a 50 MB body never sits in memory.
 */
export async function readBodyText(request: Request, limit: number = DEFAULT_BODY_LIMIT): Promise<string> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > limit) throw tooLarge(limit);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** True when the declared media type is JSON (`application/json`, parameters such as charset allowed). */
export function isJsonContentType(value: string | null): boolean {
  return value !== null && value.split(";")[0].trim().toLowerCase() === "application/json";
}
