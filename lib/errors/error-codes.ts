/**
 * The error contract shared by the server (lib/errors.ts, lib/http.server.ts) and the browser
 * (lib/client/api.ts). Every failure a client sees is `{ error: { code, message, details? } }`
 * with the status below. Clients branch on `code`, never on the message or the bare status:
 * several conflicts share 409 but need different handling. No server-only imports here.
 */
export const ERROR_STATUS = {
  INVALID_INPUT: 400, // details: zod's tree of what was wrong, per field
  UNAUTHORIZED: 401,
  CROSS_ORIGIN: 403, // a state change from another site (Origin / Sec-Fetch-Site)
  INTERVIEW_DATE_PAST: 400, // the interview date is before the user's today
  UNKNOWN_CHAPTER: 400, // the interview scope names neither a chapter nor one of the user's decks (details: the ids)
  NOT_FOUND: 404, // unknown, or someone else's
  METHOD_NOT_ALLOWED: 405,
  // Conflicts: each its own code.
  CONFLICT: 409, // legacy generic conflict; new code uses a specific one below
  EMAIL_TAKEN: 409,
  QUIZ_TIME_UP: 409, // the mock interview's deadline passed: finish it
  QUIZ_FINISHED: 409, // the quiz ended (finished by hand or in another tab)
  QUIZ_NOT_FINISHED: 409, // results or send-missed before the quiz ended
  ALREADY_ANSWERED: 409, // that question has an answer already (another tab, a double click)
  REFERENCE_LOCKED: 409, // the reference solution needs a pass or giving up first
  REVIEW_ID_REUSED: 409, // the reviewId was used for another card, rating or user
  REVIEW_UNDONE: 409, // the reviewId belongs to an undone review: it is never applied again
  NOT_LATEST: 409, // only the latest review of a card can be undone
  CARD_SUSPENDED: 409,
  CARD_RETIRED: 409,
  CARD_BUSY: 409, // graded concurrently elsewhere, again and again: retry
  JOB_RUNNING: 409, // an optimizer fit (or import) of this kind is already running
  NOT_ENOUGH_REVIEWS: 409, // too few long-term reviews to fit FSRS parameters yet
  NOTHING_TO_REVERT: 409, // no earlier parameters to go back to
  NOT_A_BETTER_FIT: 409, // only parameters an optimizer run found better can be adopted
  // Imports (lib/anki, lib/transfer): a file we cannot read is the client's to fix, never a 500.
  ANKI_NOT_A_ZIP: 400, // not a zip archive, or a corrupt one
  ANKI_NO_COLLECTION: 400, // a zip without collection.anki2/anki21/anki21b: not an Anki package
  ANKI_UNKNOWN_SCHEMA: 400, // a collection schema or package version newer (or older) than we read
  ANKI_CORRUPT: 400, // the collection or a media file inside the package cannot be read
  ANKI_TOO_LARGE: 400, // more notes, cards or unpacked bytes than an import accepts
  CSV_INVALID: 400, // details: [{ line, message }]
  MARKDOWN_DECK_INVALID: 400, // details: [{ line, message }]
  IMPORT_FORMAT_UNKNOWN: 400, // an upload that is neither .apkg/.colpkg, .csv nor .md (or whose bytes say otherwise)
  DECK_NAME_TAKEN: 409, // another of the user's decks has that name
  CARD_READ_ONLY: 409, // built-in cards cannot be edited or deleted: copy one to a deck first
  CARD_NOT_COPYABLE: 409, // generated cards (exercises, predict, estimate) have no markdown to copy
  CARD_TYPE_CHANGE_NEEDS_RESET: 409, // changing a card's type resets its schedule: resend with confirmReset: true
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415, // JSON endpoints take application/json only
  RATE_LIMITED: 429, // with a Retry-After header and details.retryAfterSeconds
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type ErrorBody = { error: { code: ErrorCode; message: string; details?: unknown } };

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(ERROR_STATUS, value);
}
