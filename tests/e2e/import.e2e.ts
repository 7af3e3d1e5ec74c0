import { describe, expect, inject, it } from "vitest";
import { largeFixture, standardFixture } from "../../lib/anki/test/anki-fixture-specs";
import { buildFixturePackage } from "../../lib/anki/test/write-anki-fixture";
import { sharedBrowser, signUpInBrowser } from "./browser";

const baseURL = inject("baseURL");
const browser = sharedBrowser();
const NOTES = 1500;

describe("Anki import", () => {
  it("imports an .apkg from the Decks page with a progress bar and a report, then finds its cards in Browse", async () => {
    const page = await browser().newPage();
    await signUpInBrowser(page, baseURL, `import-${Date.now()}@example.com`);
    const big = Buffer.from(await buildFixturePackage(largeFixture(NOTES), "anki21b"));

    await page.goto(`${baseURL}/decks`);
    await page.locator("#import-file").setInputFiles({ name: "big.apkg", mimeType: "application/octet-stream", buffer: big });
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const bar = page.getByRole("progressbar", { name: "Import progress" });
    await bar.waitFor();
    expect(Number(await bar.getAttribute("aria-valuenow"))).toBeGreaterThanOrEqual(0);
    const report = page.getByTestId("import-report");
    await report.waitFor({ timeout: 90_000 });
    // Counts are plural messages with numbers formatted for the UI's locale (1,500 in English).
    const count = (n: number) => n.toLocaleString("en-US");
    expect(await report.getByRole("status").textContent()).toContain(`Imported ${count(NOTES)} new cards, updated 0, skipped 0, from ${count(NOTES)} notes; ${count(2 * NOTES)} reviews`);

    // The new deck is listed; Browse finds an imported card by its text.
    const row = page.locator("li[data-deck-id]", { hasText: "Default" });
    await row.filter({ hasText: `(${count(NOTES)} cards)` }).waitFor();
    const deckId = (await row.getAttribute("data-deck-id"))!;
    await page.goto(`${baseURL}/browse?deck=${deckId}`);
    await page.locator("#b-q").fill("Question 42 about");
    await page.getByTestId("browse-table").locator("tbody tr", { hasText: "Question 42 about Go" }).first().waitFor();

    // A package with media: the report lists its skip with the reason; the image is served to its owner.
    await page.goto(`${baseURL}/decks`);
    await page.locator("#import-file").setInputFiles({ name: "go.apkg", mimeType: "application/octet-stream", buffer: Buffer.from(await buildFixturePackage(standardFixture(), "anki21")) });
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByTestId("import-report").getByRole("status").filter({ hasText: "Imported 9 new cards" }).waitFor({ timeout: 60_000 });
    await page.getByText(/skips? and (its|their) reasons?/).click();
    expect(await page.getByRole("list", { name: "Skipped" }).textContent()).toContain("vocabGuid6");
    const browse = (await (await page.request.get(`${baseURL}/api/browse?q=mascot`)).json()) as { cards: { id: string }[] };
    const info = await (await page.request.get(`${baseURL}/api/cards/${browse.cards[0].id}`)).text();
    const hash = /<img src=\\"\/api\/media\/([0-9a-f]{64})/.exec(info)?.[1];
    expect(hash).toBeDefined();
    const media = await page.request.get(`${baseURL}/api/media/${hash}`);
    expect(media.status()).toBe(200);
    expect(media.headers()["content-type"]).toBe("image/png");
    expect(media.headers()["cache-control"]).toContain("private");

    // A file that is not an Anki package is refused at once with a clear message.
    await page.locator("#import-file").setInputFiles({ name: "notes.apkg", mimeType: "application/octet-stream", buffer: Buffer.from("just text") });
    await page.getByRole("button", { name: "Import", exact: true }).click();
    expect(await page.getByRole("alert").filter({ hasText: "not a zip archive" }).textContent()).toContain("notes.apkg");
    await page.close();
  });
});
