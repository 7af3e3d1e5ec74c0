import { describe, expect, it } from "vitest";
import { renderCard } from "./render-card";

const interview = { frequency: "high", difficulty: "easy" } as const;

describe("card rendering", () => {
  it("hides cloze blanks, with hints, even inside inline code, and reveals them", () => {
    const card = renderCard({ id: "x", type: "cloze", text: "Flag `{{-c}}` sets {{clients::who}}.", explanation: "e", interview, tags: [], exercises: [] });
    expect(card.prompt).toBe('<p>Flag <code><span class="cloze-blank" aria-label="blank">[…]</span></code> sets <span class="cloze-blank" aria-label="blank: who">[who]</span>.</p>\n');
    expect(card.answer).toContain('<code><mark class="cloze-answer">-c</mark></code>');
    expect(card.answer).toContain('<mark class="cloze-answer">clients</mark>');
  });

  it("highlights fenced code and keeps mcq options inline", () => {
    const card = renderCard({
      id: "y",
      type: "mcq",
      question: "Which?\n\n```ts\nconst x: number = 1;\n```",
      multiAnswer: false,
      options: [{ text: "`a`", correct: true }, { text: "b", correct: false, why: "because" }],
      explanation: "e",
      interview,
      tags: [],
      exercises: [],
    });
    expect(card.prompt).toContain('<span class="hljs-keyword">const</span>');
    // Options are shuffled per card id (the author's order must not give the answer away).
    expect(card.options?.find((o) => o.correct)?.html).toBe("<code>a</code>");
    expect(card.options?.find((o) => !o.correct)?.why).toBe("because");
  });
});
