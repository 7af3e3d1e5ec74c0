import { z } from "zod";

import { ERROR_STATUS, type ErrorCode } from "./errors/error-codes";

// The codes and statuses live in a module the browser can import too.
export { ERROR_STATUS, type ErrorBody, type ErrorCode } from "./errors/error-codes";

/** Every failure the app reports to a client is an AppError with one of the shared codes. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  get isConflict(): boolean {
    return this.status === 409;
  }

  static invalid(message: string, details?: unknown) {
    return new AppError("INVALID_INPUT", message, details);
  }

  static notFound(what: string) {
    return new AppError("NOT_FOUND", `${what} not found`);
  }

  static fromZod(error: z.ZodError) {
    const message = error.issues
      .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
      .join("; ");
    return new AppError("INVALID_INPUT", message, z.treeifyError(error));
  }
}

/** Parses untrusted input with a zod schema, throwing a 400 AppError that names each bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw AppError.fromZod(result.error);
  return result.data;
}
