import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export type PrecacheEntry = { url: string; revision: string | null };

/**
 * What the service worker precaches for the build being served: every file of the build's
 * hashed assets (`<distDir>/static`: JS, CSS, fonts; their names change with their content, so
 * no revision) and the checker bundle (revision: a hash of its content). Read from disk, not
 * from a bundler plugin, so it is the same for a Turbopack or a webpack build.
 */
export function precacheManifest(root: string = process.cwd(), distDir = ".next"): { buildId: string; entries: PrecacheEntry[] } {
  const dist = path.join(root, distDir);
  const buildIdFile = path.join(dist, "BUILD_ID");
  const buildId = existsSync(buildIdFile) ? readFileSync(buildIdFile, "utf8").trim() : "development";
  const entries: PrecacheEntry[] = [];
  const walk = (dir: string, url: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file, `${url}/${name}`);
      else if (!name.endsWith(".map")) entries.push({ url: `${url}/${name}`, revision: null });
    }
  };
  walk(path.join(dist, "static"), "/_next/static");
  const checker = path.join(root, "public/checker/worker.js");
  if (existsSync(checker)) entries.push({ url: "/checker/worker.js", revision: createHash("sha256").update(readFileSync(checker)).digest("hex").slice(0, 16) });
  for (const icon of ["icon-192.png", "icon-512.png", "icon.svg"]) entries.push({ url: `/icons/${icon}`, revision: buildId });
  return { buildId, entries };
}
