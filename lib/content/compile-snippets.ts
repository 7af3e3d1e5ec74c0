import ts from "typescript";

export type Snippet = { file: string; label: string; code: string };
export type SnippetError = { file: string; message: string };

const FENCE = /```(ts|typescript)\s*\n([\s\S]*?)```/g;

export function extractTsSnippets(markdown: string): string[] {
  return [...markdown.matchAll(FENCE)].map((m) => m[2]);
}

/**
 * Type-checks every snippet as its own module (so snippets cannot clash), in one Program
 * for speed. A snippet that uses outside names must `declare` them.
 */
export function compileSnippets(snippets: Snippet[]): SnippetError[] {
  if (snippets.length === 0) return [];
  const files = new Map<string, Snippet>();
  snippets.forEach((s, i) => files.set(`/snippets/s${i}.ts`, { ...s, code: `export {};\n${s.code}` }));
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: [],
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (name) => files.has(name) || ts.sys.fileExists(name);
  host.readFile = (name) => files.get(name)?.code ?? readFile(name);
  host.getSourceFile = (name, languageVersion) => {
    const snippet = files.get(name);
    return snippet ? ts.createSourceFile(name, snippet.code, languageVersion, true) : getSourceFile(name, languageVersion);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  const errors: SnippetError[] = [];
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const snippet = diagnostic.file ? files.get(diagnostic.file.fileName) : undefined;
    if (!snippet || !diagnostic.file) continue;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    // line - 1: the `export {}` line we prepended.
    errors.push({ file: snippet.file, message: `${snippet.label}: TypeScript snippet line ${line}: ${text}` });
  }
  return errors;
}
