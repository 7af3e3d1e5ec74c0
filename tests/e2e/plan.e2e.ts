import { describe, expect, inject, it } from "vitest";
import { closeDatabase, createPrismaClient } from "../../lib/db";
import { seedSyntheticLearner } from "../../lib/scheduler/seed-synthetic-learner";
import { dayKey } from "../../lib/time/day";
import { signUpInBrowser, sharedBrowser } from "./browser";

const baseURL = inject("baseURL");
const databaseUrl = inject("databaseUrl");
const browser = sharedBrowser();
const DAY_MS = 86_400_000;

describe("a learner's own scheduler and their interview", () => {
  it("optimizes from Settings on a seeded history and shows both log losses", async () => {
    const page = await browser().newPage();
    const email = `optimize-${Date.now()}@example.com`;
    await signUpInBrowser(page, baseURL, email);
    // Five months of the synthetic learner on real content cards, written as the app stores reviews.
    const db = createPrismaClient(databaseUrl);
    try {
      const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
      const cards = await db.card.findMany({ where: { retiredAt: null, type: { in: ["basic", "cloze", "mcq"] } }, orderBy: { globalOrder: "asc" }, take: 300, select: { id: true } });
      const seeded = await seedSyntheticLearner(db, user.id, cards.map((c) => c.id), { days: 150, seed: 5, newPerDay: 10, start: new Date(Date.now() - 150 * DAY_MS) });
      expect(seeded.reviews).toBeGreaterThan(1000);
    } finally {
      await closeDatabase(db);
    }
    await page.goto(`${baseURL}/settings`);
    await page.getByRole("button", { name: "Optimize my scheduler" }).click();
    const current = page.getByTestId("optimizer-current");
    await current.waitFor({ timeout: 90_000 });
    expect(await current.textContent()).toMatch(/^log loss \d\.\d{4}, RMSE \d+\.\d{2}%$/);
    expect(await page.getByTestId("optimizer-fitted").textContent()).toMatch(/^log loss \d\.\d{4}, RMSE \d+\.\d{2}%$/);
    await page.close();
  });

  it("sets an interview date (and the leech rule) in Settings and shows the countdown and readiness on Home", async () => {
    const page = await browser().newPage();
    await signUpInBrowser(page, baseURL, `interview-${Date.now()}@example.com`);
    const settings = (await (await page.request.get(`${baseURL}/api/settings`)).json()) as { settings: { timezone: string } };
    const date = dayKey(new Date(Date.now() + 12 * DAY_MS), settings.settings.timezone);
    // The server's HTML ships the form disabled: typing before hydration would be shown and then not saved.
    const html = await (await page.request.get(`${baseURL}/settings`)).text();
    expect(html).toMatch(/<fieldset[^>]*disabled=""/);
    await page.goto(`${baseURL}/settings`);
    await page.locator("#interviewDate").fill(date);
    // The leech rule is in the same form.
    await page.getByLabel("Lapses before a card is a leech").fill("5");
    await page.getByLabel("Then", { exact: true }).selectOption("tag");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    const saved = (await (await page.request.get(`${baseURL}/api/settings`)).json()) as { settings: { interviewDate: string; leechThreshold: number; leechAction: string } };
    expect(saved.settings).toMatchObject({ interviewDate: date, leechThreshold: 5, leechAction: "tag" });

    await page.goto(`${baseURL}/`);
    expect(await page.getByTestId("interview-countdown").textContent()).toBe("12 days to your interview");
    expect(await page.getByTestId("readiness-overall").textContent()).toBe("0%"); // nothing studied yet
    expect(await page.getByTestId("readiness-chapters").locator("li").count()).toBeGreaterThan(0);
    const api = (await (await page.request.get(`${baseURL}/api/readiness`)).json()) as { date: string; overall: number; chapters: { id: string; recall: number }[] };
    expect(api).toMatchObject({ date, overall: 0 });
    expect(api.chapters.length).toBe(await page.getByTestId("readiness-chapters").locator("li").count());
    // A past date is refused with its own code.
    const past = await page.request.patch(`${baseURL}/api/settings`, { data: { interviewDate: "2020-01-01" } });
    expect(past.status()).toBe(400);
    expect(((await past.json()) as { error: { code: string } }).error.code).toBe("INTERVIEW_DATE_PAST");
    await page.close();
  });
});
