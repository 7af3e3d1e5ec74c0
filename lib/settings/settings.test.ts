import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { getQueue } from "../review/get-queue";
import { submitReview } from "../review/submit-review";
import { createUser, seedContent } from "../test/fixtures";
import { createTestDb } from "../test/test-db";
import { getSettings } from "./get-settings";
import { DEFAULT_SETTINGS } from "./sanitize-settings";
import { updateSettings } from "./update-settings";

const t = createTestDb();
const db = t.db;
beforeAll(() => seedContent(db, 3));
afterAll(() => t.cleanup());

const codeOf = (promise: Promise<unknown>) => promise.then(() => "ok", (e: AppError) => e.code);

describe("bounded settings", () => {
  it("refuses steps longer than the maximum interval, whichever side the PATCH changes, with zod details", async () => {
    const user = await createUser(db);
    expect(await codeOf(updateSettings(db, user.id, { learningSteps: "99999999d" }))).toBe("INVALID_INPUT");
    expect(await codeOf(updateSettings(db, user.id, { relearningSteps: "1m 1e9d" }))).toBe("INVALID_INPUT");
    await updateSettings(db, user.id, { maximumInterval: 30 });
    expect(await codeOf(updateSettings(db, user.id, { learningSteps: "1m 31d" }))).toBe("INVALID_INPUT");
    expect(await updateSettings(db, user.id, { learningSteps: "1m 30d" })).toMatchObject({ learningSteps: "1m 30d", maximumInterval: 30 });
    expect(await codeOf(updateSettings(db, user.id, { maximumInterval: 29 }))).toBe("INVALID_INPUT");
    const invalid = await updateSettings(db, user.id, { newPerDay: -1 }).catch((e: AppError) => e);
    expect(invalid).toMatchObject({ code: "INVALID_INPUT", details: { properties: { newPerDay: { errors: [expect.any(String)] } } } });
  });

  it("never lets stored settings break the queue or a grade: out-of-bounds values read as defaults", async () => {
    const user = await createUser(db);
    // As if written before the bounds existed.
    await db.settings.update({ where: { userId: user.id }, data: { learningSteps: "99999999d", relearningSteps: "5x", maximumInterval: 0, desiredRetention: 7, timezone: "Mars/Olympus" } });
    const settings = await getSettings(db, user.id);
    expect(settings).toMatchObject({ learningSteps: DEFAULT_SETTINGS.learningSteps, relearningSteps: DEFAULT_SETTINGS.relearningSteps, maximumInterval: DEFAULT_SETTINGS.maximumInterval, desiredRetention: 0.9, timezone: "UTC" });
    const queue = await getQueue(db, user.id, { limit: 3 });
    expect(queue.cards.length).toBe(3);
    const graded = await submitReview(db, user.id, { reviewId: randomUUID(), cardId: "c1", rating: 1 });
    expect(Number.isNaN(Date.parse(graded.card.due))).toBe(false);
  });
});
