import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import zh from "../../messages/zh.json";
import { buildWebManifest } from "./build-web-manifest";

const manifestIn = (locale: "en" | "zh") => buildWebManifest(locale, createTranslator({ locale, messages: locale === "en" ? en : zh, namespace: "pwa" }));

describe("the web app manifest in the request's language", () => {
  it("names and describes the app in English or Chinese, the rest unchanged", () => {
    const english = manifestIn("en");
    const chinese = manifestIn("zh");
    expect([english.name, english.description, english.lang]).toEqual(["go-base: spaced repetition for backend engineers", "Review cards, solve exercises and prepare interviews, online or offline.", "en"]);
    expect([chinese.name, chinese.description, chinese.lang]).toEqual(["go-base：面向后端工程师的间隔重复", "复习卡片、做练习、准备面试，在线离线皆可。", "zh-CN"]);
    const languageFree = (manifest: object) => Object.fromEntries(Object.entries(manifest).filter(([key]) => !["name", "description", "lang"].includes(key)));
    expect(languageFree(chinese)).toEqual(languageFree(english));
    expect(chinese.short_name).toBe("go-base");
  });
});
