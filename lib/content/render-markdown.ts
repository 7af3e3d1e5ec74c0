import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import c from "highlight.js/lib/languages/c";
import cpp from "highlight.js/lib/languages/cpp";
import dockerfile from "highlight.js/lib/languages/dockerfile";
import go from "highlight.js/lib/languages/go";
import ini from "highlight.js/lib/languages/ini";
import java from "highlight.js/lib/languages/java";
import javascript from "highlight.js/lib/languages/javascript";
import json from "highlight.js/lib/languages/json";
import nginx from "highlight.js/lib/languages/nginx";
import sql from "highlight.js/lib/languages/sql";
import typescript from "highlight.js/lib/languages/typescript";
import yaml from "highlight.js/lib/languages/yaml";
import { Marked, type Tokens } from "marked";
import { sanitizeRenderedHtml } from "./sanitize-rendered-html";

const languages = { bash, c, cpp, dockerfile, go, ini, java, javascript, json, nginx, sql, typescript, yaml };
for (const [name, language] of Object.entries(languages)) hljs.registerLanguage(name, language);
const aliases: Record<string, string> = { ts: "typescript", js: "javascript", sh: "bash", shell: "bash", console: "bash", yml: "yaml", toml: "ini", conf: "nginx", "c++": "cpp", golang: "go" };

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// Markdown may contain HTML; whatever it renders to is sanitized (sanitize-rendered-html.ts), so
// content from outside git (imported decks) cannot run script. Highlighting happens once, at sync.
const marked = new Marked({
  gfm: true,
  renderer: {
    code({ text, lang }: Tokens.Code) {
      const requested = (lang ?? "").trim().split(/\s+/)[0].toLowerCase();
      const language = aliases[requested] ?? requested;
      const body = hljs.getLanguage(language) ? hljs.highlight(text, { language }).value : escapeHtml(text);
      const label = requested && requested !== "text" ? `<span class="code-lang">${escapeHtml(requested)}</span>` : "";
      return `<pre class="code-block">${label}<code class="hljs language-${escapeHtml(language || "text")}">${body}</code></pre>\n`;
    },
  },
});

export function renderMarkdown(markdown: string): string {
  return sanitizeRenderedHtml(marked.parse(markdown, { async: false }));
}

/** For short inline fields (options, one-line answers): no wrapping <p>. */
export function renderInline(markdown: string): string {
  const trimmed = markdown.trim();
  return /\n\s*\n|```|^\s*([-*+]\s|>\s|#{1,6}\s|\|)/m.test(trimmed) ? renderMarkdown(trimmed) : sanitizeRenderedHtml(marked.parseInline(trimmed, { async: false }));
}
