import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../content/render-markdown";
import { mediaNamesIn, rewriteMediaSrc, convertAnkiHtml } from "./convert-anki-html";
import { clozeNumbers, renderAnkiTemplate, renderClozeField } from "./render-anki-template";

describe("renderAnkiTemplate", () => {
  const fields = { Word: "<b>gopher</b>", Empty: "", Blank: "<br>&nbsp;", Text: "{{c1::Go}} has {{c2::goroutines::what?}}" };

  it("fills fields, sections by emptiness (nested too) and the text filter", () => {
    expect(renderAnkiTemplate("{{Word}}|{{#Word}}has{{^Empty}} no empty{{/Empty}}{{/Word}}|{{#Blank}}hidden{{/Blank}}|{{^Blank}}shown{{/Blank}}|{{text:Word}}", { fields }).html).toBe("<b>gopher</b>|has no empty||shown|gopher");
    expect(renderAnkiTemplate("{{FrontSide}}<hr id=answer>{{Word}}", { fields, frontSide: "Q" }).html).toBe("Q<hr id=answer><b>gopher</b>");
  });

  it("renders one cloze number at a time, hidden then revealed", () => {
    expect(renderAnkiTemplate("{{cloze:Text}}", { fields, cloze: { ord: 2, reveal: false } }).html).toBe("Go has [what?]");
    expect(renderClozeField(fields.Text, 1, true)).toBe("<strong>Go</strong> has goroutines");
    expect(clozeNumbers("{{c3::a}} {{c1::b}} {{c3::c}}")).toEqual([1, 3]);
  });

  it("leaves out unsupported filters and unknown fields, saying why", () => {
    const { html, skipped } = renderAnkiTemplate("{{hint:Word}}{{tts en_US:Word}}{{Nope}}ok", { fields });
    expect(html).toBe("ok");
    expect(skipped.map((s) => s.reason)).toEqual(['{{hint:Word}}: the "hint" filter is not supported', '{{tts en_US:Word}}: the "tts en_US" filter is not supported', '{{Nope}}: no field named "Nope"']);
    // Type-in-the-answer: no box on the question, the answer shown on the answer side.
    expect(renderAnkiTemplate("{{Word}}{{type:Word}}", { fields })).toEqual({ html: "<b>gopher</b>", skipped: [{ code: "typeAnswer", params: { tag: "{{type:Word}}" }, reason: "{{type:Word}}: typing the answer is not supported (the answer is shown instead)" }] });
    expect(renderAnkiTemplate("{{type:Word}}", { fields, answerSide: true })).toEqual({ html: "<b>gopher</b>", skipped: [] });
  });
});

describe("Anki HTML and media", () => {
  it("finds media by name (decoded), ignoring remote URLs, and rewrites them to served URLs", () => {
    const html = '<img src="my%20cat.jpg"><img src=\'https://x.test/a.png\'>[sound:meow.mp3]<audio controls src="b&amp;w.ogg"></audio>';
    expect(mediaNamesIn(html)).toEqual(["my cat.jpg", "b&w.ogg", "meow.mp3"]);
    const converted = convertAnkiHtml(html);
    expect(rewriteMediaSrc(converted, (name) => (name === "meow.mp3" ? "/api/media/abc" : null))).toContain('<audio src="/api/media/abc" controls preload="none"></audio>');
  });

  it("keeps Anki text literal in markdown and strips what the renderer would not allow", () => {
    const literal = convertAnkiHtml("2 * 3 * 4 and _x_\n# not a heading");
    expect(literal).toBe("<div>2 * 3 * 4 and _x_&#10;# not a heading</div>");
    expect(renderMarkdown(literal)).not.toMatch(/<em>|<h1>/);
    expect(convertAnkiHtml('<font color="red" onclick="x()">red</font><script>alert(1)</script><u>u</u>')).toBe("<div><span>red</span><em>u</em></div>");
    expect(convertAnkiHtml("<br>&nbsp; ")).toBe("");
  });
});
