import { db } from "@/lib/db.server";
import { authedRoute } from "@/lib/http.server";
import { resolveDataDir } from "@/lib/import/data-dir";
import { readMediaFile } from "@/lib/import/read-media-file";

/** An imported image or sound, to its owner only. Content-addressed, so it never changes: cache it privately. */
export const GET = authedRoute<{ params: Promise<{ hash: string }> }>(async ({ userId, ctx }) => {
  const { hash } = await ctx.params;
  const { bytes, mime } = await readMediaFile(db, userId, hash, resolveDataDir());
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": mime,
      "Content-Length": String(bytes.length),
      "Cache-Control": "private, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      // An SVG opened directly must not run scripts.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  });
});
