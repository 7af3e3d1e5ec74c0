/**
 * Bundles the service worker (app/sw.ts, serwist core) into public/sw.js with esbuild. It does
 * not depend on the Next build: the list of files to precache is served for the running build
 * by /sw-manifest.js (app/sw-manifest.js/route.ts), so `next build` with Turbopack or webpack
 * both work. Run before `next build` (public/ files are served only if present at build time);
 * scripts/build-checker.ts runs it, as `npm start` and `npm test` do.
 *
 * Usage: node --import tsx scripts/build-sw.ts
 */
import { build } from "esbuild";
import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const outfile = `${root}public/sw.js`;

await build({
  absWorkingDir: root,
  entryPoints: ["app/sw.ts"],
  outfile,
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2022",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
  define: { "process.env.NODE_ENV": '"production"' },
});
process.stdout.write(`wrote ${outfile} (${(statSync(outfile).size / 1024).toFixed(0)} KiB)\n`);
