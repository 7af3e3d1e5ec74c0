import sanitizeHtml from "sanitize-html";

// highlight.js emits <span class="hljs-keyword"> etc.; our code blocks add a few classes of their own.
const HLJS_CLASS = "hljs-*";

/** The policy, exported so importers (lib/anki) can extend it in a single sanitizing pass. */
export const RENDERED_HTML_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "span", "div",
    "em", "strong", "del", "s", "sub", "sup", "kbd", "mark", "small", "abbr",
    "ul", "ol", "li", "dl", "dt", "dd", "details", "summary",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
    "a", "img", "input",
    // Sound from imported Anki decks ([sound:x.mp3]): a native player, never autoplaying.
    "audio",
  ],
  allowedAttributes: {
    a: ["href", "title"],
    img: ["src", "alt", "title", "width", "height"],
    audio: ["src", "controls", "preload"],
    th: ["align"],
    td: ["align"],
    ol: ["start"],
    abbr: ["title"],
    // GFM task lists render as disabled checkboxes.
    input: ["type", "checked", "disabled"],
  },
  allowedClasses: {
    code: ["hljs", "language-*"],
    pre: ["code-block"],
    span: [HLJS_CLASS, "code-lang"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href", "src"],
  allowProtocolRelative: false,
  // Any other tag is dropped with its text kept, except these, whose content is code or markup.
  disallowedTagsMode: "discard",
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed", "svg", "math", "template"],
  transformTags: {
    input: (tagName, attribs) => (attribs.type === "checkbox" ? { tagName, attribs: { type: "checkbox", disabled: "", ...(attribs.checked !== undefined ? { checked: "" } : {}) } } : { tagName: "span", attribs: {} }),
    audio: (tagName, attribs) => ({ tagName, attribs: { ...(attribs.src ? { src: attribs.src } : {}), controls: "", preload: "none" } }),
    a: (tagName, attribs) => ({ tagName, attribs: /^https?:/i.test(attribs.href ?? "") ? { ...attribs, rel: "noopener noreferrer" } : attribs }),
  },
};
// `rel` is added by the transform above, so it must survive the attribute filter.
(RENDERED_HTML_OPTIONS.allowedAttributes as Record<string, string[]>).a.push("rel");

/**
 * Rendered markdown made safe to put in a page: an allowlist of formatting tags, highlight.js
 * classes and http(s)/mailto links; scripts, event handlers, styles, iframes and javascript:
 * URLs are removed. Content is reviewed in git today, but imported decks will not be.
 */
export function sanitizeRenderedHtml(html: string): string {
  return sanitizeHtml(html, RENDERED_HTML_OPTIONS);
}
