/**
 * Bundles the checker's browser Web Worker (engine + every spec + every reference) into one
 * self-contained file, public/checker/worker.js (iife, minified, no imports, no fetch). The app
 * loads its text and starts it as a blob: Worker; see lib/exercises/engine/protocol.ts.
 *
 * Usage: node --import tsx scripts/build-checker.ts
 */
import { build } from "esbuild";
import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { nodeLibs } from "../lib/exercises/typecheck/node-libs";

const root = fileURLToPath(new URL("..", import.meta.url));
// the bundle's exercise list comes from the folders exercises/<id>/ (regenerated if one was added)
await import("./generate-exercise-registry");
const outfile = `${root}public/checker/worker.js`;

await build({
  absWorkingDir: root,
  entryPoints: ["lib/exercises/engine/worker-entry.ts"],
  outfile,
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2022",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
  // the engine is isomorphic: any node: import reaching the bundle is a bug, so fail loudly
  external: [],
});

const kb = (statSync(outfile).size / 1024).toFixed(0);
process.stdout.write(`wrote ${outfile} (${kb} KiB)\n`);

// The advisory type checker: TypeScript plus the ES2022 lib files, ~1 MB gzipped, so the
// exercise page loads it only once the learner starts typing.
const typecheckOut = `${root}public/checker/typecheck.js`;
await build({
  absWorkingDir: root,
  entryPoints: ["lib/exercises/typecheck/worker-entry.ts"],
  outfile: typecheckOut,
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2022",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
  define: { TS_LIBS: JSON.stringify(nodeLibs()) },
});
process.stdout.write(`wrote ${typecheckOut} (${(statSync(typecheckOut).size / 1024).toFixed(0)} KiB)\n`);

// The service worker is a public/ bundle too, built at the same moment (before `next build`).
await import("./build-sw");
