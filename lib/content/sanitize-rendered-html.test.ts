import { describe, expect, it } from "vitest";
import { renderInline, renderMarkdown } from "./render-markdown";

describe("rendered markdown is sanitized", () => {
  it("removes scripts, event handlers, javascript: links, iframes and styles", () => {
    const html = renderMarkdown([
      "Hello <script>alert(1)</script> world",
      "",
      '<img src="x" onerror="alert(2)"> <a href="javascript:alert(3)">click</a> <iframe src="https://evil.example"></iframe>',
      "",
      '<div style="position:fixed" onclick="alert(4)">boxed</div> <svg><script>alert(5)</script></svg>',
      "",
      "[ok](https://example.com)",
    ].join("\n"));
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|style=|alert\(/i);
    expect(html).toContain("Hello");
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer">ok</a>');
    expect(renderInline('<b onmouseover="x()">bold</b> `code`')).toBe("bold <code>code</code>");
  });

  it("keeps highlight.js classes, code blocks, tables and task lists", () => {
    const html = renderMarkdown("```ts\nconst x = 1;\n```\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n- [x] done\n");
    expect(html).toContain('<pre class="code-block"><span class="code-lang">ts</span><code class="hljs language-typescript"><span class="hljs-keyword">const</span>');
    expect(html).toContain('<th align="left">a</th>');
    expect(html).toContain('<input type="checkbox" disabled checked />');
  });

  it("keeps an audio player for imported sound, without autoplay or scripted sources", () => {
    const html = renderMarkdown('<audio autoplay onplay="x()" src="gopher.mp3"></audio> <audio src="javascript:alert(1)"></audio>');
    expect(html).toContain('<audio src="gopher.mp3" controls preload="none"></audio>');
    expect(html).not.toMatch(/autoplay|onplay|javascript:/);
  });
});
