import { z } from "zod";

/** Every failure the app reports to a client is an AppError with one of these codes. */
export const ERROR_STATUS = {
  INVALID_INPUT: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  CONFLICT: 409,
  // Conflicts of the review API, each with its own code: clients branch on codes, never messages.
  REVIEW_ID_REUSED: 409, // the reviewId was used for another card, rating or user
  REVIEW_UNDONE: 409, // the reviewId belongs to an undone review: it is never applied again
  NOT_LATEST: 409, // only the latest review of a card can be undone
  CARD_SUSPENDED: 409,
  CARD_RETIRED: 409,
  CARD_BUSY: 409, // graded concurrently elsewhere, again and again: retry
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
