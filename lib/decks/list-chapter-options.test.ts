import { afterAll, describe, expect, it } from "vitest";
import { createTestDb } from "../test/test-db";
import { listChapterOptions } from "./list-chapter-options";

const t = createTestDb();
afterAll(() => t.cleanup());

describe("listChapterOptions", () => {
  it("lists live chapters in course order, titled in the UI's language with English where untranslated", async () => {
    await t.db.chapter.createMany({
      data: [
        { id: "caches", title: "Caches", titleZh: "缓存", summary: "s", seedHeading: "h", order: 2 },
        { id: "linux", title: "Linux", titleZh: null, summary: "s", seedHeading: "h", order: 1 },
        { id: "gone", title: "Retired", titleZh: "已停用", summary: "s", seedHeading: "h", order: 0, retiredAt: new Date() },
      ],
    });
    expect(await listChapterOptions(t.db, "zh")).toEqual([{ id: "linux", title: "Linux" }, { id: "caches", title: "缓存" }]);
    expect(await listChapterOptions(t.db, "en")).toEqual([{ id: "linux", title: "Linux" }, { id: "caches", title: "Caches" }]);
  });
});
