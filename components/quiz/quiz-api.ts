// Small fetch helpers for the quiz API: every error body is `{ error: { code, message } }`.

export class QuizApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export async function quizRequest<T>(method: "GET" | "POST" | "DELETE", url: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
    });
  } catch {
    throw new QuizApiError(0, "Network error: check your connection and try again.");
  }
  const data = (await response.json().catch(() => null)) as (T & { error?: { message?: string } }) | null;
  if (!response.ok) {
    const message = response.status === 401 ? "Your session ended: sign in again." : (data?.error?.message ?? `Request failed (HTTP ${response.status}).`);
    throw new QuizApiError(response.status, message);
  }
  return data as T;
}
