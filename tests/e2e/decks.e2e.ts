import { describe, expect, inject, it } from "vitest";
import { signUpInBrowser, sharedBrowser } from "./browser";

const baseURL = inject("baseURL");
const browser = sharedBrowser();

describe("own decks", () => {
  it("creates a deck, authors a cloze card with the preview, reviews it, opens card info, browses with a filter and bulk-suspends", async () => {
    const page = await browser().newPage();
    await signUpInBrowser(page, baseURL, `decks-${Date.now()}@example.com`);

    // A deck.
    await page.goto(`${baseURL}/decks`);
    await page.getByLabel("New deck name").fill("Go idioms");
    await page.getByRole("button", { name: "Create deck" }).click();
    const row = page.locator("li[data-deck-id]", { hasText: "Go idioms" });
    await row.waitFor();
    const deckId = (await row.getAttribute("data-deck-id"))!;
    // The deck lowers its own daily limits.
    await row.getByRole("button", { name: "Limits" }).click();
    await row.getByLabel("New cards a day").fill("5");
    await row.getByRole("button", { name: "Save limits" }).click();
    await row.getByRole("button", { name: "Limits: 5 new, – reviews" }).waitFor();
    const listed = (await (await page.request.get(`${baseURL}/api/decks`)).json()) as { decks: { id: string; newPerDay: number | null; reviewsPerDay: number | null }[] };
    expect(listed.decks.find((d) => d.id === deckId)).toMatchObject({ newPerDay: 5, reviewsPerDay: null });

    // A cloze card: Ctrl+Shift+C wraps the selection, the preview shows the blank, Ctrl+Enter saves.
    await page.goto(`${baseURL}/cards/new?deck=${deckId}`);
    await page.locator("#card-type").selectOption("cloze");
    const text = page.locator("#card-text");
    await text.fill("A mutex guards shared state.");
    await text.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(2, 7));
    await page.keyboard.press("Control+Shift+C");
    expect(await text.inputValue()).toBe("A {{mutex}} guards shared state.");
    await page.getByTestId("preview-prompt").locator(".cloze-blank").waitFor();
    await page.keyboard.press("Control+Enter");
    await page.getByRole("status").filter({ hasText: "Saved. Next card." }).waitFor();
    expect(await text.inputValue()).toBe("");

    // Review just that deck: the card shows its blank, reveals, is graded Good.
    await page.goto(`${baseURL}/review?deck=${deckId}`);
    const card = page.getByTestId("review-card");
    await card.waitFor();
    expect(await page.getByTestId("card-prompt").innerHTML()).toContain("cloze-blank");
    await page.keyboard.press("Space");
    await page.getByTestId("card-answer").waitFor();
    await page.keyboard.press("3");
    await page.getByTestId("review-done").waitFor();
    // The grade is sent in the background: wait until the server has it.
    for (let i = 0; i < 50; i++) {
      const learning = (await (await page.request.get(`${baseURL}/api/browse?deck=${deckId}&state=learning`)).json()) as { total: number };
      if (learning.total === 1) break;
      await page.waitForTimeout(100);
    }

    // Browse with a filter, open card info (one review, the curve), then bulk-suspend.
    await page.goto(`${baseURL}/browse?deck=${deckId}`);
    await page.locator("#b-state").selectOption("learning");
    const browseRow = page.getByTestId("browse-table").locator("tbody tr", { hasText: "mutex" });
    await browseRow.waitFor();
    expect(await page.getByTestId("browse-table").locator("tbody tr").count()).toBe(1);
    await browseRow.getByRole("button", { name: "Info" }).click();
    const info = page.getByTestId("card-info");
    await info.getByTestId("recall-chart").waitFor();
    expect(await info.getByTestId("info-reviews").locator("tbody tr").count()).toBe(1);
    expect(await info.getByTestId("info-state").textContent()).toBe("Learning");
    await page.keyboard.press("Escape");
    await info.waitFor({ state: "detached" });
    await page.getByLabel("Select all on this page").check();
    await page.getByRole("toolbar", { name: "Bulk actions" }).getByRole("button", { name: "Suspend", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "suspend: 1 card(s)." }).waitFor();
    const suspended = (await (await page.request.get(`${baseURL}/api/browse?deck=${deckId}&state=suspended`)).json()) as { total: number };
    expect(suspended.total).toBe(1);
    await page.close();
  });
});
