import { z } from "zod";

/** Every failure the app reports to a client is an AppError with one of these codes. */
export const ERROR_STATUS = {
  INVALID_INPUT: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  CONFLICT: 409,
  // FSRS optimizer (issue #12)
  JOB_RUNNING: 409,
  NOT_ENOUGH_REVIEWS: 409,
  NOTHING_TO_REVERT: 409,
  NOT_A_BETTER_FIT: 409,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

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
