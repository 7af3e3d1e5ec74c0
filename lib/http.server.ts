import "server-only";
import { NextResponse } from "next/server";
import { AppError, type ErrorBody } from "./errors";
import { requireRequestUserId } from "./auth/session.server";
import { env } from "./env.server";
import { isJsonContentType, readBodyText } from "./http/body-limit";
import { assertSameOrigin, publicOriginOf } from "./http/origin-check";

export type { ErrorBody } from "./errors";

export function errorResponse(error: unknown): NextResponse<ErrorBody> {
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } };
    const retryAfter = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    const headers = typeof retryAfter === "number" ? { "Retry-After": String(retryAfter) } : undefined;
    return NextResponse.json(body, { status: error.status, headers });
  }
  console.error(error);
  return NextResponse.json({ error: { code: "INTERNAL", message: "Something went wrong on our side." } }, { status: 500 });
}

/**
 * Reads a JSON body; malformed JSON is the client's error, not ours. Bodies over 1 MiB are
 * refused (413) before they are read whole; a non-empty body must say application/json (415),
 * which also keeps simple cross-site form posts (text/plain) out.
 */
export async function readJson(request: Request): Promise<unknown> {
  const empty = request.body === null || request.headers.get("content-length") === "0";
  if (!empty && !isJsonContentType(request.headers.get("content-type"))) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "send the body as application/json");
  }
  const text = await readBodyText(request);
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw AppError.invalid("request body is not valid JSON");
  }
}

/**
 * Wraps a route handler: resolves the signed-in user (401 otherwise), maps AppErrors to
 * `{ error: { code, message } }` with their status, and hides unexpected errors.
 */
export function authedRoute<Ctx>(
  handler: (args: { request: Request; userId: string; ctx: Ctx }) => Promise<Response | unknown>,
) {
  return async (request: Request, ctx: Ctx): Promise<Response> => {
    try {
      assertSameOrigin(request, publicOriginOf(request, env.NEXTAUTH_URL));
      const userId = await requireRequestUserId(request);
      const result = await handler({ request, userId, ctx });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export function publicRoute<Ctx>(handler: (args: { request: Request; ctx: Ctx }) => Promise<Response | unknown>) {
  return async (request: Request, ctx: Ctx): Promise<Response> => {
    try {
      assertSameOrigin(request, publicOriginOf(request, env.NEXTAUTH_URL));
      const result = await handler({ request, ctx });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
