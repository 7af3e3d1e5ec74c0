import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { sharedBrowser, signUpInBrowser } from "./browser";

const baseURL = inject("baseURL");
const browser = sharedBrowser();

type Catalog = { [key: string]: string | Catalog };
type Needles = { exact: string[]; inside: string[]; skip: string };
const readCatalog = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Catalog;
const leaves = (node: Catalog, prefix = ""): [string, string][] =>
  Object.entries(node).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));

const hasLetters = { en: /[A-Za-z]{2}/, zh: /[\u4e00-\u9fff]/ } as const;

/**
 * What would betray an untranslated string in a UI shown in `shown`: every text of the other
 * catalog that differs from this one's, as its fixed fragments (ICU arguments cut out). Short
 * fragments must match a whole text node; long ones (a sentence) anywhere inside one.
 */
function foreignNeedles(shown: "en" | "zh"): Needles {
  const other = shown === "zh" ? "en" : "zh";
  const own = new Map(leaves(readCatalog(shown)));
  const fragments = leaves(readCatalog(other))
    .filter(([key, text]) => own.get(key) !== text)
    .flatMap(([, text]) => (/\{\w+, (plural|select)/.test(text) ? [] : text.split(/\{\w+\}/)))
    .map((fragment) => fragment.trim())
    .filter((fragment) => hasLetters[other].test(fragment));
  const long = other === "en" ? 16 : 6;
  // Content in the other language is marked with its lang: that is not the UI leaking.
  const skip = other === "en" ? "body [lang='en']" : "body [lang^='zh']";
  return { exact: [...new Set(fragments)], inside: [...new Set(fragments.filter((f) => f.length >= long))], skip };
}
const englishNeedles = () => foreignNeedles("zh");

/**
 * The UI chrome's text nodes that are English catalog strings. User content, rendered cards and
 * notes (.md), code, keys and the editor are skipped: only the interface must be Chinese.
 */
function findLeaks(page: Page, needles: Needles): Promise<string[]> {
  return page.evaluate(({ exact, inside, skip: marked }) => {
    // `<html lang>` is not a reason to skip: only an element marked with the other language inside the page.
    const skip = `.md, code, pre, kbd, .cm-editor, ${marked}, [data-user-content], script, style`;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const exactSet = new Set(exact);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? "").replace(/\s+/g, " ").trim();
      if (!text || node.parentElement?.closest(skip)) continue;
      if (exactSet.has(text) || inside.some((needle) => text.includes(needle))) found.push(text);
    }
    return found;
  }, needles);
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);

describe("the UI in 中文 and English", () => {
  it("switches to 中文 in the header, shows no English UI string on the main pages at 390×844, and switches back", async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signUpInBrowser(page, baseURL, `i18n-${Date.now()}@example.com`);
    // Chromium asks for en-US: a new account starts in English.
    expect(await lang(page)).toBe("en");

    // The scan sees the English UI while it is English: it can fail.
    const needles = englishNeedles();
    expect(await findLeaks(page, needles)).toEqual(expect.arrayContaining(["Chapters", "Your decks"]));

    await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "中文" }).click();
    await expect.poll(() => lang(page)).toBe("zh-CN");
    // The switch is the user's setting: the content follows it too.
    const settings = (await (await context.request.get(`${baseURL}/api/settings`)).json()) as { settings: { locale: string } };
    expect(settings.settings.locale).toBe("zh");

    const seen: Record<string, { leaks: string[]; overflow: number }> = {};
    for (const path of ["/", "/review", "/settings", "/progress", "/quiz", "/exercises", "/browse", "/decks"]) {
      await page.goto(`${baseURL}${path}`);
      await page.waitForLoadState("networkidle");
      if (path === "/review") {
        // Reveal a card: the grade buttons show their intervals in Chinese.
        await page.getByTestId("review-card").waitFor();
        await page.keyboard.press("Space");
        await page.getByTestId("card-answer").waitFor();
        const grades = page.getByRole("group", { name: "评价你的记忆" });
        expect(await grades.textContent()).toMatch(/重来\s*\d+(秒|分钟|小时|天)/);
      }
      if (path === "/decks") {
        // One deck, so the list, its buttons and limits render beside the import/export panel.
        await page.getByLabel("新卡组名称").fill("并发模式");
        await page.getByRole("button", { name: "新建卡组" }).click();
        const row = page.getByRole("list", { name: "我的卡组" }).locator("li[data-deck-id]", { hasText: "并发模式" });
        expect(await row.textContent()).toContain("（0 张卡片）");
        // The delete confirmation is Chinese too; dismissing it keeps the deck.
        // (Handled as it opens: the click only returns once the dialog is closed.)
        const confirmed: string[] = [];
        page.once("dialog", (dialog) => {
          confirmed.push(dialog.message());
          void dialog.dismiss();
        });
        await row.getByRole("button", { name: "删除" }).click();
        expect(confirmed).toEqual(["删除“并发模式”？其中没有卡片。"]);
        expect(await row.count()).toBe(1);
        const closedLimits = await findLeaks(page, needles);
        await row.getByRole("button", { name: "每日上限" }).click();
        await row.getByRole("form", { name: "并发模式 的每日上限" }).waitFor();
        seen[path] = { leaks: [...closedLimits, ...(await findLeaks(page, needles))], overflow: await overflow(page) };
        continue;
      }
      seen[path] = { leaks: await findLeaks(page, needles), overflow: await overflow(page) };
    }
    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((path) => [path, { leaks: [], overflow: 0 }])));

    await page.goto(`${baseURL}/`);
    await page.getByRole("group", { name: "语言" }).getByRole("button", { name: "English" }).click();
    await expect.poll(() => lang(page)).toBe("en");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review" }).waitFor();
    expect(await page.locator("#due-heading").textContent()).toMatch(/^(Due now|All caught up)$/);
    await context.close();
  });

  it("lets a signed-out visitor pick 中文, and a sign-up then keeps it", async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${baseURL}/`);
    await page.getByRole("button", { name: "中文" }).click();
    await expect.poll(() => lang(page)).toBe("zh-CN");
    expect(await page.getByRole("link", { name: "开始学习" }).count()).toBe(1);

    await page.goto(`${baseURL}/signup`);
    await page.getByLabel("邮箱").fill(`i18n-visitor-${Date.now()}@example.com`);
    await page.getByLabel("密码").fill("a long password");
    await page.getByRole("button", { name: "注册" }).click();
    await page.getByTestId("due-counts").waitFor();
    expect(await lang(page)).toBe("zh-CN");
    const settings = (await (await context.request.get(`${baseURL}/api/settings`)).json()) as { settings: { locale: string } };
    expect(settings.settings.locale).toBe("zh");
    await context.close();
  });
});

/** A catalog text with its `{name}` arguments filled in (plain arguments only). */
function message(locale: "en" | "zh", key: string, values: Record<string, string | number> = {}): string {
  const text = new Map(leaves(readCatalog(locale))).get(key);
  if (text === undefined) throw new Error(`no ${key} in messages/${locale}.json`);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const cjkCount = (text: string) => (text.match(/[\u4e00-\u9fff]/g) ?? []).length;

/** Answers the practice question on screen with the keyboard (as quiz.e2e.ts does) and waits for the feedback. */
async function answerPracticeQuestion(page: Page, locale: "en" | "zh", n: number) {
  const question = page.getByTestId("quiz-question");
  await expect.poll(() => question.getAttribute("data-position")).toBe(String(n));
  const kind = (await question.getAttribute("data-kind")) ?? "";
  if (kind === "estimate") {
    await page.getByLabel(message(locale, "quiz.yourEstimate")).fill("1");
    await page.keyboard.press("Enter");
  } else if (["mcq", "predict"].includes(kind)) {
    await page.keyboard.press("1");
    await expect.poll(() => page.locator('[data-testid="quiz-question"] [aria-pressed="true"]').count()).toBe(1);
    await page.keyboard.press("Enter");
  } else {
    await page.keyboard.press("Space");
    await page.getByTestId("quiz-recall-answer").waitFor();
    await page.keyboard.press(n % 2 ? "n" : "y");
  }
  await page.getByTestId("quiz-feedback").waitFor();
}

const LANGUAGES = [
  { locale: "en", htmlLang: "en", button: "English", otherButton: "中文", intervals: /Again.*\d+(s|m|h|d|mo|y).*Easy/ },
  { locale: "zh", htmlLang: "zh-CN", button: "中文", otherButton: "English", intervals: /重来.*\d+(秒|分钟|小时|天|个月|年).*简单/ },
] as const;
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

describe.each(LANGUAGES)("a study session in $locale", ({ locale, htmlLang, button, otherButton, intervals }) => {
  it("signs up, sets the language, reviews with the keyboard, shows the other language with t, takes a practice quiz, opens Progress; Home, Review and an exercise fit desktop and phone", { timeout: 400_000 }, async () => {
    const context = await browser().newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await signUpInBrowser(page, baseURL, `i18n-${locale}-${Date.now()}@example.com`);
    await page.getByRole("group", { name: message("en", "header.language") }).getByRole("button", { name: button }).click();
    await expect.poll(() => lang(page)).toBe(htmlLang);
    const settings = (await (await context.request.get(`${baseURL}/api/settings`)).json()) as { settings: { locale: string } };
    expect(settings.settings.locale).toBe(locale);

    const needles = foreignNeedles(locale);
    const seen: Record<string, { leaks: string[]; overflow: number }> = {};
    const look = async (name: string) => {
      seen[name] = { leaks: await findLeaks(page, needles), overflow: await overflow(page) };
    };

    // Review with the keyboard; `t` shows the same card in the other language and back.
    await page.goto(`${baseURL}/review`);
    const card = page.getByTestId("review-card");
    await card.waitFor();
    const cardId = await card.getAttribute("data-card-id");
    const prompt = page.getByTestId("card-prompt");
    const original = (await prompt.textContent()) ?? "";
    await page.keyboard.press("t");
    const toggle = page.getByTestId("toggle-language");
    await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("true");
    expect(await toggle.textContent()).toContain(otherButton);
    await expect.poll(() => prompt.textContent()).not.toBe(original);
    const translated = (await prompt.textContent()) ?? "";
    // The Chinese version has the more Chinese characters, whichever way the toggle went.
    expect(locale === "en" ? cjkCount(translated) > cjkCount(original) : cjkCount(original) > cjkCount(translated)).toBe(true);
    expect(await card.getAttribute("data-card-id")).toBe(cardId);
    await look("review (other language shown)");
    await page.keyboard.press("t");
    await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("false");
    await expect.poll(() => prompt.textContent()).toBe(original);

    await page.keyboard.press("Space");
    await page.getByTestId("card-answer").waitFor();
    expect(await page.getByRole("group", { name: message(locale, "review.gradeGroup") }).textContent()).toMatch(intervals);
    await look("review (answer shown)");
    await page.keyboard.press("3");
    await expect.poll(() => card.getAttribute("data-card-id")).not.toBe(cardId);

    // A practice quiz: feedback after every question, then the results.
    await page.goto(`${baseURL}/quiz`);
    await page.getByTestId("quiz-start-form").waitFor();
    await look("quiz start");
    await page.getByLabel(message(locale, "quiz.practice"), { exact: true }).check();
    await page.getByLabel(message(locale, "quiz.questions", { count: 10 })).check();
    await page.getByRole("button", { name: message(locale, "quiz.start") }).click();
    await page.waitForURL(/\/quiz\/[0-9a-f-]{36}$/);
    await page.getByTestId("quiz-question").waitFor();
    await look("quiz question");
    for (let n = 1; n <= 10; n++) {
      await answerPracticeQuestion(page, locale, n);
      if (n === 1) await look("quiz feedback");
      await page.keyboard.press("Enter");
    }
    await page.waitForURL(/\/results$/);
    expect(await page.getByTestId("quiz-score").textContent()).toMatch(/\d+\/10/);
    await look("quiz results");

    await page.goto(`${baseURL}/progress`);
    await page.getByRole("heading", { level: 1, name: message(locale, "progress.title") }).waitFor();
    await page.waitForLoadState("networkidle");
    await look("progress");

    // Screenshots of Home, Review and an exercise at both sizes, each checked for overflow.
    const pages = [
      { name: "home", path: "/", ready: () => page.getByTestId("due-counts").waitFor() },
      { name: "review", path: "/review", ready: () => page.getByTestId("review-card").waitFor() },
      { name: "exercise", path: "/exercises/lru-cache", ready: () => page.locator(".cm-content").waitFor() },
    ];
    for (const [viewport, size] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(size);
      for (const shot of pages) {
        await page.goto(`${baseURL}${shot.path}`);
        await shot.ready();
        await page.waitForLoadState("networkidle");
        await page.screenshot({ path: `test-results/screenshots/${locale}-${shot.name}-${viewport}.png`, fullPage: true });
        await look(`${shot.name} ${viewport}`);
      }
    }

    // Nothing from the other language's catalog on any of these pages, and nothing wider than the window.
    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((name) => [name, { leaks: [], overflow: 0 }])));
    expect(Object.keys(seen)).toHaveLength(13);
    await context.close();
  });
});
