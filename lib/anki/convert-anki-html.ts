import sanitizeHtml from "sanitize-html";
import { RENDERED_HTML_OPTIONS } from "../content/sanitize-rendered-html";

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

// The renderer's own policy, plus: Anki's editor writes <b>, <i>, <u> and <font>, which our
// allowlist speaks as <strong>, <em> and <span>.
const ANKI_POLICY: sanitizeHtml.IOptions = {
  ...RENDERED_HTML_OPTIONS,
  transformTags: { ...RENDERED_HTML_OPTIONS.transformTags, b: "strong", i: "em", u: "em", font: "span" },
};
// Text without markup or entities is already safe HTML: no need to parse it (most fields of a big deck).
const PLAIN = /^[^<>&[\]\r\n]*$/;

/** `[sound:x.mp3]` becomes an audio element; the renderer's policy allows `<audio controls>`. */
export const soundToAudio = (html: string) => html.replace(/\[sound:([^\]]+)\]/g, (_m, name: string) => `<audio controls src="${escapeAttr(name.trim())}"></audio>`);

/**
 * One Anki field (HTML) as content our renderer accepts unchanged: sanitized by the same policy
 * as rendered markdown, then wrapped in a single-line `<div>` so markdown leaves it alone (an
 * HTML block runs to the next blank line, and newlines become `&#10;`, whitespace in HTML and a
 * line break inside `<pre>`). Without the wrapper `*`, `_` or `#` in Anki text would turn into
 * emphasis or headings.
 */
export function convertAnkiHtml(html: string): string {
  const inner = convertAnkiInline(html);
  return inner ? `<div>${inner}</div>` : "";
}

/** Like convertAnkiHtml, without the wrapper: for pieces spliced into a larger field (cloze answers). */
export function convertAnkiInline(html: string): string {
  const safe = PLAIN.test(html) ? html : sanitizeHtml(soundToAudio(html), ANKI_POLICY);
  return safe.replace(/^(?:\s|&nbsp;|<br\s*\/?>)+|(?:\s|&nbsp;|<br\s*\/?>)+$/g, "").replace(/\r?\n/g, "&#10;");
}

/** Media an Anki field or converted content refers to: `<img src>`, `<audio src>` and `[sound:]`, decoded. */
export function mediaNamesIn(html: string): string[] {
  const names = new Set<string>();
  for (const m of html.matchAll(/<(?:img|audio)\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) add(names, m[1] ?? m[2] ?? m[3]);
  for (const m of html.matchAll(/\[sound:([^\]]+)\]/g)) add(names, m[1]);
  return [...names];
}

function add(names: Set<string>, raw: string) {
  const value = raw.trim().replace(/&amp;/g, "&");
  // Remote images stay links; only bare names are package media.
  if (!value || /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith("//")) return;
  try {
    names.add(decodeURIComponent(value));
  } catch {
    names.add(value);
  }
}

/**
 * Points media references at wherever the app serves them: `toUrl` gets each media name
 * (decoded) and returns its URL, or null to leave the reference as it is.
 */
export function rewriteMediaSrc(content: string, toUrl: (name: string) => string | null): string {
  return content.replace(/(<(?:img|audio)\b[^>]*?\bsrc=")([^"]*)(")/gi, (whole, before: string, src: string, after: string) => {
    const [name] = mediaNamesIn(`<img src="${src}">`);
    const url = name === undefined ? null : toUrl(name);
    return url === null ? whole : `${before}${escapeAttr(url)}${after}`;
  });
}
