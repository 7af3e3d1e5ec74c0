/**
 * A tiny cookie-keeping HTTP client: what a script needs to drive the API the way the
 * browser does (CSRF token, next-auth credentials callback, session cookie).
 */
export class ApiClient {
  private cookies = new Map<string, string>();

  constructor(readonly baseURL: string) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    form?: Record<string, string>,
    extraHeaders: Record<string, string> = {},
  ): Promise<{ status: number; json: unknown; headers: Headers }> {
    const headers: Record<string, string> = { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "), ...extraHeaders };
    let payload: string | undefined;
    if (form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      payload = new URLSearchParams(form).toString();
    } else if (body !== undefined) {
      headers["content-type"] = "application/json";
      payload = JSON.stringify(body);
    }
    const send = () => fetch(this.baseURL + path, { method, headers, body: payload, redirect: "manual" });
    // A GET may land on a pooled socket the server has just closed (after refusing an unread
    // oversized body, say): retry it once on a fresh one, as browsers do.
    const response = await send().catch((error: unknown) => {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      if (method === "GET" && (code === "ECONNRESET" || code === "UND_ERR_SOCKET")) return send();
      throw error;
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const i = pair.indexOf("=");
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    return { status: response.status, json, headers: response.headers };
  }

  async signIn(email: string, password: string): Promise<number> {
    return (await this.signInResponse(email, password)).status;
  }

  /** The credentials callback's whole response (status, Retry-After…). */
  async signInResponse(email: string, password: string) {
    const csrf = (await this.request("GET", "/api/auth/csrf")).json as { csrfToken: string };
    return this.request("POST", "/api/auth/callback/credentials", undefined, { csrfToken: csrf.csrfToken, email, password, json: "true" });
  }

  /** The cookie header this client sends (for raw requests). */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async signedIn(): Promise<boolean> {
    const session = (await this.request("GET", "/api/auth/session")).json as { user?: { id?: string } } | null;
    return Boolean(session?.user?.id);
  }
}
