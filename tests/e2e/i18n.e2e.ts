import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { sharedBrowser, signUpInBrowser } from "./browser";

const baseURL = inject("baseURL");
const browser = sharedBrowser();

type Catalog = { [key: string]: string | Catalog };
const readCatalog = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Catalog;
const leaves = (node: Catalog, prefix = ""): [string, string][] =>
  Object.entries(node).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));

/**
 * What would betray an untranslated English string in the zh UI: every English catalog text
 * that differs from its Chinese one, as its fixed fragments (ICU arguments cut out). Short
 * fragments must match a whole text node; long ones (a sentence) anywhere inside one.
 */
function englishNeedles(): { exact: string[]; inside: string[] } {
  const zh = new Map(leaves(readCatalog("zh")));
  const fragments = leaves(readCatalog("en"))
    .filter(([key, text]) => zh.get(key) !== text)
    .flatMap(([, text]) => (/\{\w+, (plural|select)/.test(text) ? [] : text.split(/\{\w+\}/)))
    .map((fragment) => fragment.trim())
    .filter((fragment) => /[A-Za-z]{2}/.test(fragment));
  return { exact: [...new Set(fragments)], inside: [...new Set(fragments.filter((f) => f.length >= 16))] };
}

/**
 * The UI chrome's text nodes that are English catalog strings. User content, rendered cards and
 * notes (.md), code, keys and the editor are skipped: only the interface must be Chinese.
 */
function findLeaks(page: Page, needles: { exact: string[]; inside: string[] }): Promise<string[]> {
  return page.evaluate(({ exact, inside }) => {
    // `<html lang>` is not a reason to skip: only an element marked English inside the page.
    const skip = ".md, code, pre, kbd, .cm-editor, body [lang='en'], [data-user-content], script, style";
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
