import { randomUUID } from "node:crypto";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { signUp } from "../auth/sign-up";
import { getQueue } from "../review/get-queue";
import { startQuiz } from "../quiz/start-quiz";
import { submitReview } from "../review/submit-review";
import { getSettings } from "../settings/get-settings";
import { localeFromAcceptLanguage } from "../settings/locale-from-accept-language";
import { updateSettings } from "../settings/update-settings";
import { createTestDb, type TestDb } from "../test/test-db";
import { getCardOtherLanguage } from "./get-card-other-language";
import { getSection } from "./get-section";
import { loadContent } from "./load";
import { mergeZhDrafts } from "./merge-zh-drafts";
import { syncContent } from "./sync-content";

// The two real sections of the merge fixture, merged, then synced into a real database.
function mergedContent() {
  const dir = mkdtempSync(path.join(tmpdir(), "zh-serve-"));
  cpSync(path.join(__dirname, "fixtures", "zh-merge"), dir, { recursive: true });
  mergeZhDrafts(path.join(dir, "content"), path.join(dir, "exercises"));
  return loadContent(path.join(dir, "content")).chapters;
}
const glossary = [
  { en: "padding", zh: "填充" },
  { en: "hash map", zh: "哈希表" },
  { en: "never in these cards", zh: "不在这些卡片里" },
];
const now = new Date("2026-03-02T09:00:00Z");
const dbs: TestDb[] = [];
afterAll(async () => Promise.all(dbs.map((t) => t.cleanup())));

describe("localeFromAcceptLanguage", () => {
  it("picks the first served language by weight, English otherwise", () => {
    expect(localeFromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh");
    expect(localeFromAcceptLanguage("en-US,zh;q=0.5")).toBe("en");
    expect(localeFromAcceptLanguage("fr-FR, zh-TW;q=0.7, en;q=0.3")).toBe("zh");
    expect(localeFromAcceptLanguage("de, fr")).toBe("en");
    expect(localeFromAcceptLanguage("zh;q=0, en;q=0.1")).toBe("en");
    expect(localeFromAcceptLanguage(null)).toBe("en");
  });
});

const chapters = mergedContent();

describe.each([
  { path: "SQLite hot path", hotPath: true },
  { path: "Prisma path", hotPath: false },
])("serving both languages ($path)", ({ hotPath }) => {
  const t = createTestDb({ hotPath });
  dbs.push(t);

  it("serves the user's language, t shows the other, switching keeps the schedule", async () => {
    const db = t.db;
    await syncContent(db, chapters, now, [], glossary);
    const user = await signUp(db, { email: `zh-${hotPath}@example.com`, password: "correct horse battery" }, "zh-CN,zh;q=0.9,en;q=0.8");
    expect((await getSettings(db, user.id)).locale).toBe("zh");

    const zhQueue = await getQueue(db, user.id, { limit: 20, now });
    expect(zhQueue.cards).toHaveLength(18);
    const first = zhQueue.cards[0];
    expect(first.cardId).toBe("sorted-map-go-pattern");
    expect(first.sectionTitle).toBe("map 排序（有序遍历）");
    expect(first.content.prompt).toContain("Go 里怎样按 key 的顺序遍历一个 map");
    // The terms line is opt-in: without the setting the browser gets no terms.
    expect(zhQueue.cards.find((c) => c.cardId === "word-size-struct-padding")?.content.terms).toBeUndefined();
    await updateSettings(db, user.id, { showBilingualTerms: true });
    const withTerms = await getQueue(db, user.id, { limit: 20, now });
    expect(withTerms.cards.find((c) => c.cardId === "word-size-struct-padding")?.content.terms).toEqual([{ en: "padding", zh: "填充" }]);
    expect(withTerms.cards.find((c) => c.cardId === "sorted-map-sort-on-read-cost")?.content.terms).toEqual([{ en: "hash map", zh: "哈希表" }]);
    expect(withTerms.cards.find((c) => c.cardId === "sorted-map-js-key-order")?.content.terms).toBeUndefined();

    const other = await getCardOtherLanguage(db, user.id, { cardId: first.cardId });
    expect(other).toMatchObject({ cardId: first.cardId, locale: "en", fallback: false });
    expect(other.content.prompt).toContain("How do you iterate a Go map in key order?");

    await submitReview(db, user.id, { reviewId: randomUUID(), cardId: first.cardId, rating: 3 }, now);
    const before = await db.userCard.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: first.cardId } } });

    expect((await updateSettings(db, user.id, { locale: "en" })).locale).toBe("en");
    // A day later the graded card is due again: the same 18 cards, now in English.
    const enQueue = await getQueue(db, user.id, { limit: 20, now: new Date(now.getTime() + 86_400_000) });
    expect(enQueue.cards.map((c) => c.cardId).sort()).toEqual(zhQueue.cards.map((c) => c.cardId).sort());
    const again = enQueue.cards.find((c) => c.cardId === first.cardId);
    expect(again?.content.prompt).toContain("How do you iterate a Go map in key order?");
    expect(again?.sectionTitle).toBe("Sorting a map (ordered iteration)");
    expect(await db.userCard.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: first.cardId } } })).toEqual(before);
    expect((await getCardOtherLanguage(db, user.id, { cardId: first.cardId })).content.prompt).toContain("Go 里怎样");
  });

  it("falls back to English for a card without Chinese, and serves section pages in the user's language", async () => {
    const db = t.db;
    const user = await signUp(db, { email: `en-${hotPath}@example.com`, password: "correct horse battery" }, "en-US");
    expect((await getSettings(db, user.id)).locale).toBe("en");
    await updateSettings(db, user.id, { locale: "zh", showBilingualTerms: true });
    const section = await getSection(db, user.id, "linux", "word-size");
    expect(section.title).toBe("64 位机器的字长");
    expect(section.chapter.title).toBe("Linux");
    expect(section.noteHtml).toContain("为什么 64 位机器的字长是 8 字节");
    expect(section.cards[0].content.prompt).toContain("为什么 64 位 CPU 的机器字是 8 字节");

    // Take the Chinese away from one card: it is served in English, same row.
    const card = "word-size-why-8-bytes";
    await db.card.update({ where: { id: card }, data: { renderedZh: null } });
    const queue = await getQueue(db, user.id, { limit: 20, now });
    expect(queue.cards.find((c) => c.cardId === card)?.content.prompt).toContain("Why is the machine word 8 bytes");
    expect(await getCardOtherLanguage(db, user.id, { cardId: card })).toMatchObject({ locale: "en", fallback: false });
    await updateSettings(db, user.id, { locale: "en" });
    expect(await getCardOtherLanguage(db, user.id, { cardId: card })).toMatchObject({ locale: "zh", fallback: true });
  });

  it("asks quiz questions in the user's language", async () => {
    const db = t.db;
    const user = await signUp(db, { email: `quiz-${hotPath}@example.com`, password: "correct horse battery" }, "zh-CN");
    const quiz = await startQuiz(db, user.id, { chapterIds: ["linux"], length: 10, mode: "practice" }, now, () => 0.5);
    const text = JSON.stringify(quiz.questions);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).not.toMatch(/On 64-bit Linux \(LP64\)/);
  });

  it("validates the settings and the card id", async () => {
    const db = t.db;
    const user = await signUp(db, { email: `bad-${hotPath}@example.com`, password: "correct horse battery" });
    await expect(updateSettings(db, user.id, { locale: "fr" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(updateSettings(db, user.id, { showBilingualTerms: "yes" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(getCardOtherLanguage(db, user.id, { cardId: "Not An Id" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(getCardOtherLanguage(db, user.id, { cardId: "no-such-card" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
