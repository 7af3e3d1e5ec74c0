import ts from "typescript";

export type TypeDiagnostic = { line: number; column: number; message: string };

/** The lib files a solution is checked against: ES2022, no DOM (solutions run in a worker). */
export const ROOT_LIB = "lib.es2022.d.ts";

const SOLUTION = "/solution.ts";

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  lib: [ROOT_LIB],
  types: [],
  noUnusedLocals: false,
  skipLibCheck: true,
};

/**
 * Type-checks a learner's solution in memory. Isomorphic: `libs` maps lib file names
 * ("lib.es5.d.ts", …) to their text, read from disk in Node or bundled for the browser.
 * Advisory only: the checker runs the code whatever this says.
 */
export function typeCheck(source: string, libs: Record<string, string>): TypeDiagnostic[] {
  const files = new Map<string, string>([[SOLUTION, source], ...Object.entries(libs).map(([name, text]) => [`/${name}`, text] as const)]);
  const cache = new Map<string, ts.SourceFile>();
  const host: ts.CompilerHost = {
    getSourceFile: (name, languageVersion) => {
      const text = files.get(name.startsWith("/") ? name : `/${name}`);
      if (text === undefined) return undefined;
      let file = cache.get(name);
      if (!file) cache.set(name, (file = ts.createSourceFile(name, text, languageVersion, true)));
      return file;
    },
    getDefaultLibFileName: () => `/${ROOT_LIB}`,
    getDefaultLibLocation: () => "/",
    writeFile: () => {},
    getCurrentDirectory: () => "/",
    getCanonicalFileName: (f) => f,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
    fileExists: (f) => files.has(f.startsWith("/") ? f : `/${f}`),
    readFile: (f) => files.get(f.startsWith("/") ? f : `/${f}`),
  };
  const program = ts.createProgram([SOLUTION], OPTIONS, host);
  const solution = program.getSourceFile(SOLUTION)!;
  return [...program.getSyntacticDiagnostics(solution), ...program.getSemanticDiagnostics(solution)].map((d) => {
    const { line, character } = solution.getLineAndCharacterOfPosition(d.start ?? 0);
    return { line: line + 1, column: character + 1, message: ts.flattenDiagnosticMessageText(d.messageText, "\n") };
  });
}

/** The lib file names ROOT_LIB pulls in through `/// <reference lib>` (for bundling). */
export function libClosure(read: (name: string) => string, root: string = ROOT_LIB): string[] {
  const seen: string[] = [];
  const visit = (name: string) => {
    if (seen.includes(name)) return;
    seen.push(name);
    for (const m of read(name).matchAll(/\/\/\/ <reference lib="([^"]+)" \/>/g)) visit(`lib.${m[1].toLowerCase()}.d.ts`);
  };
  visit(root);
  return seen;
}
