import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { formatMarkdownDeck } from "./format-markdown-deck";
import { parseMarkdownDeck } from "./parse-markdown-deck";
import type { TransferCard } from "./transfer-card";

const sample = `# Go basics

Q: What does \`defer\` run?
A: The deferred call, when the surrounding function returns.

Deferred calls run last-in, first-out.
Why: Cleanup stays next to the acquire.
Tags: go defer

---

C: A slice is a {{pointer}}, a {{length::len}} and a {{capacity}}.
Tags: go, slices

---

Q:
\`\`\`go
x := []int{1}
// Q: not a marker
---
\`\`\`
What is len(x)?
A: 1
`;

describe("Markdown decks", () => {
  it("reads the documented format: deck name, basic and cloze cards, multi-line fields, code blocks", () => {
    const deck = parseMarkdownDeck(sample);
    expect(deck.name).toBe("Go basics");
    expect(deck.cards).toEqual([
      { type: "basic", front: "What does `defer` run?", back: "The deferred call, when the surrounding function returns.\n\nDeferred calls run last-in, first-out.", explanation: "Cleanup stays next to the acquire.", tags: ["go", "defer"] },
      { type: "cloze", text: "A slice is a {{pointer}}, a {{length::len}} and a {{capacity}}.", explanation: "", tags: ["go", "slices"] },
      { type: "basic", front: "```go\nx := []int{1}\n// Q: not a marker\n---\n```\nWhat is len(x)?", back: "1", explanation: "", tags: [] },
    ]);
  });

  it("reports each problem with its line", () => {
    const bad = "stray text\n\nQ: no answer\n---\nQ: q\nA:\n---\nC: no blanks here\n---\nQ: a\nA: b\nQ: again\n---\n```\nnever closed\n";
    let error: AppError | null = null;
    try {
      parseMarkdownDeck(bad);
    } catch (e) {
      error = e as AppError;
    }
    expect(error).toMatchObject({ code: "MARKDOWN_DECK_INVALID", status: 400 });
    expect(error?.details).toEqual([
      { line: 1, message: "text outside a card: start a card with Q: or C:" },
      { line: 3, message: "Q: without A:" },
      { line: 6, message: "A: is empty" },
      { line: 8, message: "a C: card needs at least one {{blank}}" },
      { line: 12, message: "a second Q: in one card (separate cards with ---)" },
      { line: 14, message: "text outside a card: start a card with Q: or C:" },
      { line: 14, message: "a code block is never closed" },
    ]);
  });

  it("exports what it imports, guarding lines that would read as markers", () => {
    const cards: TransferCard[] = [
      { type: "basic", front: "Which line ends a card?", back: "A line holding\n---\nonly, or\nQ: a new question", explanation: "Why: because", tags: ["meta"] },
      { type: "cloze", text: "```go\nA: inside code\n```\nThen a {{blank}}.", explanation: "", tags: [] },
    ];
    const text = formatMarkdownDeck("Round trip", cards);
    // A guarded line comes back indented by one space, which markdown renders the same.
    expect(parseMarkdownDeck(text)).toEqual({ name: "Round trip", cards: cards.map((c) => (c.type === "basic" ? { ...c, back: "A line holding\n ---\nonly, or\n Q: a new question" } : c)) });
  });
});
