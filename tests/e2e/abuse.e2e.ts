import { describe, expect, inject, it } from "vitest";
import { ApiClient } from "./api-client";
import { sharedBrowser } from "./browser";

const baseURL = inject("baseURL");
const browser = sharedBrowser();
const PASSWORD = "a long password";

async function newUser(prefix: string) {
  const api = new ApiClient(baseURL);
  const email = `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  expect((await api.request("POST", "/api/auth/signup", { email, password: PASSWORD })).status).toBe(201);
  return { api, email };
}

describe("abuse: what an open sign-up server must shrug off", () => {
  it("answers 429 with Retry-After from the throttled wrong password on, and the right password works after it", async () => {
    const { api, email } = await newUser("brute");
    const attempts: { status: number; retryAfter: number | null; at: number }[] = [];
    for (let i = 0; i < 30; i++) {
      const response = await api.signInResponse(email, `wrong password ${i}`);
      const retryAfter = response.headers.get("retry-after");
      attempts.push({ status: response.status, retryAfter: retryAfter === null ? null : Number(retryAfter), at: Date.now() });
    }
    const firstThrottled = attempts.findIndex((a) => a.status === 429);
    console.log(`abuse: 30 wrong passwords → ${attempts.map((a) => a.status).join(" ")}`);
    expect(firstThrottled).toBeGreaterThan(0);
    expect(attempts.slice(0, firstThrottled).every((a) => a.status === 401)).toBe(true);
    const block = attempts[firstThrottled];
    expect(block.retryAfter).toBeGreaterThan(0);
    // Every attempt inside the announced block was refused without a password check.
    const blockEnds = block.at + (block.retryAfter! - 1) * 1000;
    for (const a of attempts.slice(firstThrottled)) if (a.at < blockEnds) expect(a.status).toBe(429);

    const last = attempts.at(-1)!;
    const wait = last.status === 429 ? last.retryAfter! : 0;
    await new Promise((r) => setTimeout(r, wait * 1000 + 250));
    expect(await api.signIn(email, PASSWORD)).toBe(200);
    expect(await api.signedIn()).toBe(true);
  });

  it("refuses a 5 MB body with 413, declared or streamed", async () => {
    const { api, email } = await newUser("big");
    const huge = JSON.stringify({ email: "x@example.com", password: "p".repeat(5 * 1024 * 1024) });
    const declared = await fetch(`${baseURL}/api/auth/signup`, { method: "POST", headers: { "content-type": "application/json" }, body: huge });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });

    // Chunked, no Content-Length: cut off once it passes the limit.
    const chunk = new TextEncoder().encode("x".repeat(256 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 5 * 1024 * 1024) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    await api.signIn(email, PASSWORD);
    const streamed = await fetch(`${baseURL}/api/exercises/lru-cache/code`, {
      method: "PUT",
      headers: { "content-type": "application/json", cookie: api.cookieHeader() },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it("refuses cross-site and sibling-origin state changes with 403, and takes same-origin ones", async () => {
    const { api, email } = await newUser("csrf");
    await api.signIn(email, PASSWORD);
    const save = (headers: Record<string, string>, contentType = "application/json") =>
      fetch(`${baseURL}/api/exercises/lru-cache/code`, { method: "PUT", headers: { cookie: api.cookieHeader(), "content-type": contentType, ...headers }, body: JSON.stringify({ code: "wiped" }) });
    const crossSite = await save({ origin: "https://evil.example", "sec-fetch-site": "cross-site" });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.json()).toMatchObject({ error: { code: "CROSS_ORIGIN" } });
    expect((await save({ origin: "http://sibling.127.0.0.1.nip.io", "sec-fetch-site": "same-site" })).status).toBe(403);
    expect((await save({ origin: "https://evil.example" })).status).toBe(403);
    // A sibling posting JSON as text/plain (a "simple" request, no preflight) is refused too.
    expect((await save({ "sec-fetch-site": "same-origin", origin: baseURL }, "text/plain")).status).toBe(415);
    expect((await save({ "sec-fetch-site": "same-origin", origin: baseURL })).status).toBe(200);
    const signup = await fetch(`${baseURL}/api/auth/signup`, { method: "POST", headers: { "content-type": "application/json", "sec-fetch-site": "cross-site" }, body: JSON.stringify({ email: "csrf2@example.com", password: PASSWORD }) });
    expect(signup.status).toBe(403);
  });

  it("sends the security headers: a nonce CSP on pages, frame-ancestors 'none', nosniff, a referrer policy", async () => {
    const page = await fetch(`${baseURL}/signin`);
    const csp = page.headers.get("content-security-policy") ?? "";
    console.log(`abuse: page CSP = ${csp}`);
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("'unsafe-inline' 'nonce"); // scripts: nonce only
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(page.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    const html = await page.text();
    expect(html).toContain(`nonce="${nonce}"`);
    const second = (await fetch(`${baseURL}/signin`)).headers.get("content-security-policy");
    expect(second).not.toBe(csp); // a fresh nonce per response

    const api = await fetch(`${baseURL}/api/review/queue`);
    expect(api.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    const sandbox = await fetch(`${baseURL}/sandbox`);
    expect(sandbox.headers.get("content-security-policy")).toContain("connect-src 'none'");
    expect(sandbox.headers.get("x-frame-options")).toBeNull();
  });

  it("lands on / after signing in with an open-redirect callback, with no CSP violation on the way", async () => {
    const { email } = await newUser("redirect");
    const page = await browser().newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${baseURL}/signin?callbackUrl=${encodeURIComponent("/\\evil.example/phish")}`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByTestId("due-counts").waitFor();
    const landed = new URL(page.url());
    expect(landed.origin).toBe(new URL(baseURL).origin);
    expect(landed.pathname).toBe("/");
    // The theme script ran under the CSP (it adds "dark" only for dark preference; it must not have been blocked).
    expect(violations).toEqual([]);
    await page.close();
  });
});
