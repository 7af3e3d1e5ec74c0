import { describe, expect, it } from "vitest";
import { resolveUiLocale } from "./resolve-ui-locale";

describe("resolveUiLocale", () => {
  it("prefers the user's setting, then the cookie, then Accept-Language", () => {
    expect(resolveUiLocale({ settingsLocale: "zh", cookieLocale: "en", acceptLanguage: "en-US" })).toBe("zh");
    expect(resolveUiLocale({ settingsLocale: null, cookieLocale: "zh", acceptLanguage: "en-US" })).toBe("zh");
    expect(resolveUiLocale({ cookieLocale: "fr", acceptLanguage: "zh-CN,zh;q=0.9" })).toBe("zh");
    expect(resolveUiLocale({ acceptLanguage: "en-US,en;q=0.9" })).toBe("en");
  });

  it("falls back to English for nothing or anything unknown", () => {
    expect(resolveUiLocale({})).toBe("en");
    expect(resolveUiLocale({ settingsLocale: "de", cookieLocale: "ja", acceptLanguage: "de-DE" })).toBe("en");
  });
});
