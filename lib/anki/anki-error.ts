import { AppError, type ErrorCode } from "../errors";

type AnkiErrorCode = Extract<ErrorCode, `ANKI_${string}`>;

/** A package we cannot read: always a 400 with a code the import report can show as is. */
export const ankiError = (code: AnkiErrorCode, message: string, details?: unknown) => new AppError(code, message, details);
