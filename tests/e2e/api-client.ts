/**
 * A tiny cookie-keeping HTTP client: what a script needs to drive the API the way the
 * browser does (CSRF token, next-auth credentials callback, session cookie).
 */
export class ApiClient {
  private cookies = new Map<string, string>();

  constructor(readonly baseURL: string) {}

  /** The cookies this client holds, as a Cookie header (for load generators that bring their own HTTP client). */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async request(method: string, path: string, body?: unknown, form?: Record<string, string>): Promise<{ status: number; json: unknown }> {
    const headers: Record<string, string> = { cookie: this.cookieHeader() };
    let payload: string | undefined;
    if (form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      payload = new URLSearchParams(form).toString();
    } else if (body !== undefined) {
      headers["content-type"] = "application/json";
      payload = JSON.stringify(body);
    }
    const response = await fetch(this.baseURL + path, { method, headers, body: payload, redirect: "manual" });
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
    return { status: response.status, json };
  }

  async signIn(email: string, password: string): Promise<number> {
    const csrf = (await this.request("GET", "/api/auth/csrf")).json as { csrfToken: string };
    const result = await this.request("POST", "/api/auth/callback/credentials", undefined, { csrfToken: csrf.csrfToken, email, password, json: "true" });
    return result.status;
  }

  async signedIn(): Promise<boolean> {
    const session = (await this.request("GET", "/api/auth/session")).json as { user?: { id?: string } } | null;
    return Boolean(session?.user?.id);
  }
}
