import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback";

describe("callback URLs after sign-in stay on this site", () => {
  it("keeps same-origin paths with their query and hash", () => {
    expect(safeCallbackPath("/review")).toBe("/review");
    expect(safeCallbackPath("/chapters/db/intro?x=1#card")).toBe("/chapters/db/intro?x=1#card");
    expect(safeCallbackPath("/quiz/%2F%2Fevil.com")).toBe("/quiz/%2F%2Fevil.com");
  });

  it("sends every off-site or odd callback to /", () => {
    for (const evil of [
      "//evil.com",
      "/\\evil.com",
      "/\t/evil.com",
      "/\n/evil.com",
      "\\\\evil.com",
      "https://evil.com",
      "javascript:alert(1)",
      "evil.com",
      "/\\/evil.com",
      " /evil",
      "",
      42,
      undefined,
    ]) {
      expect(safeCallbackPath(evil), String(evil)).toBe("/");
    }
  });
});
