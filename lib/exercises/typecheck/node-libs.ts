import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { libClosure } from "./typecheck";

/** The ES2022 lib files from the installed TypeScript, as typeCheck wants them. */
export function nodeLibs(): Record<string, string> {
  const dir = path.dirname(createRequire(import.meta.url).resolve("typescript/lib/lib.es2022.d.ts"));
  const read = (name: string) => readFileSync(path.join(dir, name), "utf8");
  return Object.fromEntries(libClosure(read).map((name) => [name, read(name)]));
}
