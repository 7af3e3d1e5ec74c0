/**
 * Static detection of Map/Set/WeakMap/WeakSet used as values, on sucrase's token stream of
 * the original TypeScript: type positions (`m: Map<K, V>`), property names (`x.Map`) and
 * object keys are not uses; a name the learner declares themselves is theirs to use.
 */
// sucrase's parser is not part of its typed public API, but it ships in the package and bundles fine.
// eslint-disable-next-line @typescript-eslint/ban-ts-comment
// @ts-ignore -- no declaration file for the deep import
import { parse } from "sucrase/dist/parser";
import { FORBIDDEN_GLOBALS } from "./compile";

type Tok = { type: number; start: number; end: number; isType: boolean; identifierRole: number | null };

// IdentifierRole values from sucrase/dist/parser/tokenizer
const ACCESS = 0;
const EXPORT_ACCESS = 1;
const OBJECT_SHORTHAND = 8;
const OBJECT_KEY = 10;

export type ForbiddenUse = { name: string; line: number; column: number };

export function findForbiddenUses(source: string): ForbiddenUse[] {
  let tokens: Tok[];
  try {
    tokens = (parse(source, false, true, false) as { tokens: Tok[] }).tokens;
  } catch {
    return []; // syntax errors are reported by the compiler
  }
  const names = FORBIDDEN_GLOBALS as readonly string[];
  const declared = new Set<string>();
  const uses: { name: string; pos: number }[] = [];
  for (const t of tokens) {
    if (t.identifierRole === null || t.identifierRole === undefined || t.isType) continue;
    const text = source.slice(t.start, t.end);
    if (!names.includes(text)) continue;
    const role = t.identifierRole;
    if (role === ACCESS || role === EXPORT_ACCESS || role === OBJECT_SHORTHAND) uses.push({ name: text, pos: t.start });
    else if (role !== OBJECT_KEY) declared.add(text);
  }
  return uses
    .filter((u) => !declared.has(u.name))
    .map((u) => {
      const before = source.slice(0, u.pos).split("\n");
      return { name: u.name, line: before.length, column: before[before.length - 1].length + 1 };
    });
}
