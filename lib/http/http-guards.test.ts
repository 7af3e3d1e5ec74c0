import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { DEFAULT_BODY_LIMIT, isJsonContentType, readBodyText } from "./body-limit";
import { assertSameOrigin } from "./origin-check";

const ORIGIN = "https://go-base.example";
const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return "ok";
  } catch (e) {
    return (e as AppError).code;
  }
};

describe("request body limits", () => {
  it("refuses a declared Content-Length above the limit without reading", async () => {
    const request = new Request(`${ORIGIN}/api/x`, { method: "POST", headers: { "content-length": String(50 * 1024 * 1024) }, body: "{}" });
    await expect(readBodyText(request)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE", status: 413 });
  });

  it("stops a streamed body once it passes the limit, and counts how much was pulled", async () => {
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const request = new Request(`${ORIGIN}/api/x`, { method: "POST", body, duplex: "half" } as RequestInit);
    await expect(readBodyText(request)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    // An endless stream: reading stopped within a few chunks of the limit.
    expect(pulled).toBeLessThan(DEFAULT_BODY_LIMIT + 4 * chunk.byteLength);
  });

  it("reads bodies up to the limit, multi-byte text intact", async () => {
    const text = JSON.stringify({ code: "é".repeat(1000) });
    expect(await readBodyText(new Request(`${ORIGIN}/api/x`, { method: "POST", body: text }))).toBe(text);
  });

  it("knows a JSON media type", () => {
    expect(isJsonContentType("application/json")).toBe(true);
    expect(isJsonContentType("Application/JSON; charset=utf-8")).toBe(true);
    expect(isJsonContentType("text/plain")).toBe(false);
    expect(isJsonContentType("application/x-www-form-urlencoded")).toBe(false);
    expect(isJsonContentType(null)).toBe(false);
  });
});

describe("origin checks on state changes", () => {
  const req = (method: string, headers: Record<string, string>) => new Request(`${ORIGIN}/api/x`, { method, headers });
  it("lets same-origin and non-browser requests through", () => {
    expect(codeOf(() => assertSameOrigin(req("POST", { "sec-fetch-site": "same-origin", origin: ORIGIN }), ORIGIN))).toBe("ok");
    expect(codeOf(() => assertSameOrigin(req("POST", { origin: ORIGIN }), ORIGIN))).toBe("ok");
    expect(codeOf(() => assertSameOrigin(req("POST", {}), ORIGIN))).toBe("ok");
    expect(codeOf(() => assertSameOrigin(req("GET", { "sec-fetch-site": "cross-site" }), ORIGIN))).toBe("ok");
  });

  it("refuses cross-site and sibling (same-site) origins with CROSS_ORIGIN", () => {
    expect(codeOf(() => assertSameOrigin(req("POST", { "sec-fetch-site": "cross-site" }), ORIGIN))).toBe("CROSS_ORIGIN");
    expect(codeOf(() => assertSameOrigin(req("PUT", { "sec-fetch-site": "same-site" }), ORIGIN))).toBe("CROSS_ORIGIN");
    expect(codeOf(() => assertSameOrigin(req("PATCH", { origin: "https://evil.go-base.example" }), ORIGIN))).toBe("CROSS_ORIGIN");
    expect(codeOf(() => assertSameOrigin(req("DELETE", { origin: "null" }), ORIGIN))).toBe("CROSS_ORIGIN");
  });
});
