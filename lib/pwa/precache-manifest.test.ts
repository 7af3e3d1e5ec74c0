import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { precacheManifest } from "./precache-manifest";

describe("precacheManifest", () => {
  const root = mkdtempSync(path.join(tmpdir(), "go-base-sw-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("lists the build's hashed assets without revisions, the checker with a content hash, and no source maps", () => {
    mkdirSync(path.join(root, ".next/static/chunks"), { recursive: true });
    mkdirSync(path.join(root, ".next/static/media"), { recursive: true });
    mkdirSync(path.join(root, "public/checker"), { recursive: true });
    writeFileSync(path.join(root, ".next/BUILD_ID"), "build-1\n");
    writeFileSync(path.join(root, ".next/static/chunks/app-3f2a.js"), "x");
    writeFileSync(path.join(root, ".next/static/chunks/app-3f2a.js.map"), "{}");
    writeFileSync(path.join(root, ".next/static/media/font-91.woff2"), "f");
    writeFileSync(path.join(root, "public/checker/worker.js"), "one");
    const first = precacheManifest(root);
    expect(first.buildId).toBe("build-1");
    expect(first.entries.slice(0, 3)).toEqual([
      { url: "/_next/static/chunks/app-3f2a.js", revision: null },
      { url: "/_next/static/media/font-91.woff2", revision: null },
      { url: "/checker/worker.js", revision: expect.stringMatching(/^[0-9a-f]{16}$/) },
    ]);
    writeFileSync(path.join(root, "public/checker/worker.js"), "two");
    expect(precacheManifest(root).entries[2].revision).not.toBe(first.entries[2].revision);
  });
});
