import { z } from "zod";
import { AppError } from "../errors";
import type { ImportUpload } from "./start-import";

/** The largest upload an import takes (a big Anki collection with its media). */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
// Multipart framing and the other fields on top of the file itself.
const FORM_OVERHEAD = 64 * 1024;

const fieldsSchema = z.object({
  file: z.instanceof(File, { message: "send the file in a multipart field named file" }),
  deck: z.string().trim().max(100).nullable(),
});

/** POST /api/import's multipart body: the `file` field and an optional `deck` (CSV/Markdown). */
export async function readUpload(request: Request): Promise<ImportUpload> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_UPLOAD_BYTES + FORM_OVERHEAD) throw new AppError("PAYLOAD_TOO_LARGE", `the file is larger than ${MAX_UPLOAD_BYTES / 1024 ** 2} MB`);
  if (!/^multipart\/form-data/i.test(request.headers.get("content-type") ?? "")) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "send the file as multipart/form-data");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw AppError.invalid("the multipart body could not be read");
  }
  const parsed = fieldsSchema.safeParse({ file: form.get("file"), deck: form.get("deck") });
  if (!parsed.success) throw AppError.fromZod(parsed.error);
  const { file, deck } = parsed.data;
  if (file.size > MAX_UPLOAD_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `the file is larger than ${MAX_UPLOAD_BYTES / 1024 ** 2} MB`);
  if (file.size === 0) throw AppError.invalid("the file is empty");
  return { fileName: file.name.slice(0, 255), bytes: new Uint8Array(await file.arrayBuffer()), deck: deck || null };
}
