import type { TransferCard } from "./transfer-card";

/**
 * Cards in the Markdown deck format (docs/card-formats.md), readable by parseMarkdownDeck.
 * A line of a field that would read as a marker or a separator is indented by one space,
 * which markdown ignores at the start of a paragraph line.
 */
export function formatMarkdownDeck(name: string | null, cards: readonly TransferCard[]): string {
  const guard = (text: string) => {
    let fence: string | null = null;
    return text
      .split(/\r?\n/)
      .map((line) => {
        const f = /^\s*(```|~~~)/.exec(line)?.[1];
        if (fence) {
          if (f === fence) fence = null;
          return line;
        }
        if (f) fence = f;
        return !f && (/^(Q|A|C|Why|Tags):(\s|$)/.test(line) || /^---\s*$/.test(line)) ? ` ${line}` : line;
      })
      .join("\n");
  };
  const blocks = cards.map((c) => {
    const lines = c.type === "basic" ? [`Q: ${guard(c.front)}`, `A: ${guard(c.back)}`] : [`C: ${guard(c.text)}`];
    if (c.explanation) lines.push(`Why: ${guard(c.explanation)}`);
    if (c.tags.length) lines.push(`Tags: ${c.tags.join(" ")}`);
    return lines.join("\n");
  });
  return `${name ? `# ${name}\n\n` : ""}${blocks.join("\n\n---\n\n")}\n`;
}
