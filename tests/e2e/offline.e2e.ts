import { describe, expect, inject, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import type { CardStateJson } from "../../lib/review/card-state";
import type { UserExport } from "../../lib/review/export-data";
import { replayExport } from "../../lib/review/replay-export";
import { sharedBrowser, signUpInBrowser } from "./browser";

const baseURL = inject("baseURL");
const browser = sharedBrowser();
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** Loads /review online and waits until it works offline: worker in control, page stored, pack saved. */
async function openReviewReady(page: Page) {
  await page.goto(`${baseURL}/review`);
  await page.getByTestId("review-card").waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  await page.waitForSelector("html[data-offline-ready=true]", { timeout: 60_000 });
}

/** One read of the device's IndexedDB store: all its records, or how many there are. */
function readDeviceStore<T>(page: Page, store: string, read: "getAll" | "count"): Promise<T> {
  return page.evaluate(
    ([store, read]) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open("go-base-offline");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(store).objectStore(store)[read]();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T);
          };
        };
      }),
    [store, read] as const,
  );
}

/** The card states the device holds (what it showed). */
async function deviceStates(page: Page): Promise<Record<string, CardStateJson | null>> {
  const cards = await readDeviceStore<{ cardId: string; state: CardStateJson | null }[]>(page, "cards", "getAll");
  return Object.fromEntries(cards.map((c) => [c.cardId, c.state]));
}

/** How many grades the device has stored (the count on screen is raised before the write lands). */
const deviceGradeCount = (page: Page) => readDeviceStore<number>(page, "grades", "count");

async function gradeShown(page: Page, key: string): Promise<string> {
  const card = page.getByTestId("review-card");
  const id = (await card.getAttribute("data-card-id"))!;
  await page.keyboard.press("Space");
  await page.getByTestId("card-answer").waitFor();
  await page.keyboard.press(key);
  await expect.poll(() => card.getAttribute("data-card-id")).not.toBe(id);
  return id;
}

async function exportOf(context: BrowserContext): Promise<UserExport> {
  return (await (await context.request.get(`${baseURL}/api/export`)).json()) as UserExport;
}

const stateOf = (c: UserExport["cards"][number]): CardStateJson => {
  const { cardId: _id, suspended: _s, buriedUntil: _b, introducedAt: _i, ...state } = c;
  return state;
};

describe("offline review (installable PWA)", () => {
  it("is installable: manifest fields, a service worker controlling the page, offline /review answering 200", async () => {
    const context = await browser().newContext(PHONE);
    const page = await context.newPage();
    await signUpInBrowser(page, baseURL, `install-${Date.now()}@example.com`);
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
    const manifest = (await (await context.request.get(new URL(manifestHref!, baseURL).toString())).json()) as Record<string, unknown> & { icons: { sizes: string; type: string }[] };
    expect(manifest).toMatchObject({ name: expect.any(String), short_name: "go-base", start_url: "/review", display: "standalone" });
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const icon of manifest.icons) expect((await context.request.get(`${baseURL}${(icon as unknown as { src: string }).src}`)).status()).toBe(200);
    await openReviewReady(page);
    await context.setOffline(true);
    const response = await page.reload();
    expect(response?.status()).toBe(200);
    await page.getByTestId("review-card").waitFor();
    await page.getByTestId("offline-badge").waitFor();
    await context.close();
  });

  it("reviews 15 cards offline with an undo, keeps them across a closed page, and syncs them to exactly the states shown", async () => {
    const context = await browser().newContext(PHONE);
    const page = await context.newPage();
    await signUpInBrowser(page, baseURL, `offline-${Date.now()}@example.com`);
    await openReviewReady(page);

    await context.setOffline(true);
    await page.reload();
    await page.getByTestId("review-card").waitFor();
    await page.getByTestId("offline-badge").waitFor();
    const keys = ["3", "4", "2"];
    const graded: string[] = [];
    for (let i = 0; i < 10; i++) graded.push(await gradeShown(page, keys[i % 3]));
    // Undo the tenth grade: the card comes back and its grade never leaves the device.
    await page.keyboard.press("u");
    await expect.poll(() => page.getByTestId("review-card").getAttribute("data-card-id")).toBe(graded[9]);
    graded.pop();
    for (let i = 0; i < 6; i++) graded.push(await gradeShown(page, keys[(i + 1) % 3]));
    expect(graded).toHaveLength(15);
    await expect.poll(() => page.getByTestId("waiting-count").textContent()).toContain("15 grades waiting to sync");
    // Each grade and its card's state are stored in one transaction: once all 15 are in, so are the states.
    await expect.poll(() => deviceGradeCount(page)).toBe(15);
    const shown = await deviceStates(page);
    // Every card came once, in the pack's order: none skipped, none back after its grade.
    const [pack] = await readDeviceStore<{ order: string[] }[]>(page, "meta", "getAll");
    expect(graded).toEqual(pack.order.slice(0, 15));
    await page.close();

    const again = await context.newPage();
    await again.goto(`${baseURL}/review`);
    await again.getByTestId("offline-badge").waitFor();
    await expect.poll(() => again.getByTestId("waiting-count").textContent()).toContain("15 grades waiting to sync");

    await context.setOffline(false);
    await expect.poll(() => again.getByTestId("waiting-count").count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => again.getByText(/Saving \d/).count(), { timeout: 30_000 }).toBe(0);
    const data = await exportOf(context);
    expect(data.reviews).toHaveLength(15);
    expect(replayExport(data).mismatches).toEqual([]);
    for (const cardId of graded) expect(stateOf(data.cards.find((c) => c.cardId === cardId)!)).toEqual(shown[cardId]);
    await context.close();
  });

  it("two devices of one user grade the same 5 cards offline; both sync orders end equal to a replay of all 10 in time order", async () => {
    const start = Date.now() - 3 * 3600_000;
    const finals: Record<string, CardStateJson>[] = [];
    for (const order of [["a", "b"], ["b", "a"]] as const) {
      const email = `devices-${order.join("")}-${Date.now()}@example.com`;
      const devices: Record<"a" | "b", { context: BrowserContext; page: Page }> = {} as never;
      for (const name of ["a", "b"] as const) {
        const context = await browser().newContext(PHONE);
        const page = await context.newPage();
        if (name === "a") await signUpInBrowser(page, baseURL, email);
        else {
          await page.goto(`${baseURL}/signin`);
          await page.getByLabel("Email").fill(email);
          await page.getByLabel("Password").fill("a long password");
          await page.getByRole("button", { name: "Sign in", exact: true }).click();
          await page.getByTestId("due-counts").waitFor();
        }
        await openReviewReady(page);
        await context.setOffline(true);
        await page.reload();
        await page.getByTestId("offline-badge").waitFor();
        // Each device's clock is fixed per grade, so both runs grade at exactly the same times.
        await context.clock.setFixedTime(start);
        devices[name] = { context, page };
      }
      // Device A grades the five first new cards in the first hour, device B the same five later.
      for (const [name, offset, keys] of [["a", 60, ["3", "3", "4", "2", "3"]], ["b", 90, ["2", "4", "3", "3", "1"]]] as const) {
        const { context, page } = devices[name];
        for (let i = 0; i < 5; i++) {
          await context.clock.setFixedTime(start + (offset + i * 7) * 60_000);
          await gradeShown(page, keys[i]);
        }
      }
      for (const name of order) {
        const { context, page } = devices[name];
        await context.setOffline(false);
        // "waiting to sync" shows only while offline; "Saving n…" until the server has them all.
        await expect.poll(() => page.getByTestId("waiting-count").count(), { timeout: 30_000 }).toBe(0);
        await expect.poll(() => page.getByText(/Saving \d/).count(), { timeout: 60_000 }).toBe(0);
      }
      const data = await exportOf(devices.a.context);
      expect(data.reviews).toHaveLength(10);
      expect(new Set(data.reviews.map((r) => r.cardId)).size).toBe(5);
      // The export replays (each review at its own time, in time order) to the stored states.
      expect(replayExport(data).mismatches).toEqual([]);
      finals.push(Object.fromEntries(data.cards.map((c) => [c.cardId, stateOf(c)])));
      for (const { context } of Object.values(devices)) await context.close();
    }
    expect(finals[1]).toEqual(finals[0]);
  });
});
