import { isErrorCode, type ErrorBody, type ErrorCode } from "../errors/error-codes";

/**
 * The one way the browser calls the app's API. Every failure becomes an ApiError carrying the
 * server's code (see lib/errors/error-codes.ts), so callers branch on codes, not messages;
 * network failures get status 0 and code "NETWORK".
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | "NETWORK" | "UNKNOWN",
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

const messageFor = (status: number, body: ErrorBody | null): string => {
  if (status === 401) return "Your session ended: sign in again.";
  if (status === 429) return body?.error.message ?? "Too many attempts: wait a moment and try again.";
  return body?.error.message ?? `Request failed (HTTP ${status}).`;
};

export async function apiRequest<T>(method: Method, url: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      // Bodyless POSTs still say JSON: the server refuses other content types on state changes.
      headers: method === "GET" ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
    });
  } catch {
    throw new ApiError(0, "NETWORK", "Network error: check your connection and try again.");
  }
  return readResponse<T>(response);
}

/** A multipart upload (the browser sets the boundary); failures are ApiErrors like any call's. */
export async function apiUpload<T>(url: string, form: FormData): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", body: form, cache: "no-store" });
  } catch {
    throw new ApiError(0, "NETWORK", "Network error: check your connection and try again.");
  }
  return readResponse<T>(response);
}

async function readResponse<T>(response: Response): Promise<T> {
  const data = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    const errorBody = isErrorBody(data) ? data : null;
    const code = errorBody ? errorBody.error.code : "UNKNOWN";
    throw new ApiError(response.status, code, messageFor(response.status, errorBody), errorBody?.error.details);
  }
  return data as T;
}

function isErrorBody(value: unknown): value is ErrorBody {
  const error = (value as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return typeof error === "object" && error !== null && isErrorCode(error.code) && typeof error.message === "string";
}

export const api = {
  get: <T>(url: string) => apiRequest<T>("GET", url),
  post: <T>(url: string, body?: unknown) => apiRequest<T>("POST", url, body),
  put: <T>(url: string, body?: unknown) => apiRequest<T>("PUT", url, body),
  patch: <T>(url: string, body?: unknown) => apiRequest<T>("PATCH", url, body),
  delete: <T>(url: string) => apiRequest<T>("DELETE", url),
  upload: <T>(url: string, form: FormData) => apiUpload<T>(url, form),
};

/** An import job as GET /api/import/[jobId] reports it. */
export type ImportJob = {
  status: "running" | "done" | "failed";
  progress: number;
  report: { notes: number; cards: { imported: number; updated: number; skipped: number }; reviews: number; media: number; skipped: { noteGuid: string; reason: string }[] } | null;
  error: string | null;
  /** The failure's code (an API error code or JOB_INTERRUPTED): shown through the catalog's apiErrors. */
  errorCode: string | null;
};

/** Deck import and export: POST /api/import, then poll the job; export files are plain links. */
export const transferApi = {
  startImport: (file: File, deck: string | null) => {
    const form = new FormData();
    form.set("file", file);
    if (deck) form.set("deck", deck);
    return api.upload<{ jobId: string }>("/api/import", form);
  },
  importJob: (jobId: string) => api.get<ImportJob>(`/api/import/${encodeURIComponent(jobId)}`),
  exportUrl: (format: "apkg" | "csv" | "markdown", deckId: string, history = true) =>
    `/api/export/${format}?deck=${encodeURIComponent(deckId)}${format === "apkg" ? `&history=${history}` : ""}`,
};
