import { AppError } from "../errors";
import { hasBlank, splitTags, type LineError, type TransferCard } from "./transfer-card";

export type MarkdownDeck = { name: string | null; cards: TransferCard[] };

type Key = "Q" | "A" | "C" | "Why" | "Tags";
const MARKER = /^(Q|A|C|Why|Tags):(?:\s|$)(.*)$/;
const FENCE = /^\s*(```|~~~)/;

/**
 * The Markdown deck format (docs/card-formats.md): an optional `# Deck name`, then cards
 * separated by a line holding only `---`. A card is `Q:` + `A:` (basic) or `C:` (cloze with
 * `{{blanks}}`), then optional `Why:` (the explanation) and `Tags:`. A marker's text runs
 * until the next marker, so fronts and backs may span lines and hold code blocks; inside a
 * fenced code block nothing is a marker or a separator. Errors are collected with their lines.
 */
export function parseMarkdownDeck(input: string): MarkdownDeck {
  const lines = input.replace(/^\uFEFF/, "").split(/\r?\n/);
  const errors: LineError[] = [];
  const cards: TransferCard[] = [];
  let name: string | null = null;
  let block: { line: number; parts: Map<Key, { line: number; text: string[] }>; current: Key | null } | null = null;
  let fence: string | null = null;
  let fenceLine = 0;

  const finish = () => {
    if (block) {
      const card = toCard(block.line, block.parts, errors);
      if (card) cards.push(card);
    }
    block = null;
  };

  lines.forEach((text, index) => {
    const line = index + 1;
    const fenceMatch = FENCE.exec(text);
    if (fence) {
      if (fenceMatch && fenceMatch[1] === fence) fence = null;
      appendTo(block, text);
      return;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      fenceLine = line;
    }
    if (!fenceMatch && /^---\s*$/.test(text)) return finish();
    if (!block && !cards.length && name === null && /^# \S/.test(text)) {
      name = text.slice(2).trim();
      return;
    }
    const marker = fenceMatch ? null : MARKER.exec(text);
    if (marker) {
      const key = marker[1] as Key;
      block ??= { line, parts: new Map(), current: null };
      if (block.parts.has(key)) errors.push({ line, message: `a second ${key}: in one card (separate cards with ---)` });
      block.parts.set(key, { line, text: [marker[2]] });
      block.current = key;
      // `Q: ```go` opens a code block on the marker's own line.
      const opened = FENCE.exec(marker[2]);
      if (opened) {
        fence = opened[1];
        fenceLine = line;
      }
      return;
    }
    if (!block) {
      if (text.trim()) errors.push({ line, message: "text outside a card: start a card with Q: or C:" });
      return;
    }
    appendTo(block, text);
  });
  if (fence) errors.push({ line: fenceLine, message: "a code block is never closed" });
  finish();
  if (errors.length) {
    errors.sort((a, b) => a.line - b.line);
    throw new AppError("MARKDOWN_DECK_INVALID", errors.slice(0, 5).map((e) => `line ${e.line}: ${e.message}`).join("; ") + (errors.length > 5 ? `; and ${errors.length - 5} more` : ""), errors);
  }
  return { name, cards };
}

function appendTo(block: { parts: Map<Key, { text: string[] }>; current: Key | null } | null, text: string) {
  if (block?.current) block.parts.get(block.current)!.text.push(text);
}

function toCard(line: number, parts: Map<Key, { line: number; text: string[] }>, errors: LineError[]): TransferCard | null {
  const get = (k: Key) => parts.get(k)?.text.join("\n").trim() ?? "";
  const explanation = get("Why");
  const tags = splitTags(get("Tags"));
  if (parts.has("C")) {
    if (parts.has("Q") || parts.has("A")) errors.push({ line, message: "a card is either Q:/A: or C:, not both" });
    else if (!hasBlank(get("C"))) errors.push({ line: parts.get("C")!.line, message: "a C: card needs at least one {{blank}}" });
    else return { type: "cloze", text: get("C"), explanation, tags };
    return null;
  }
  if (!parts.has("Q")) {
    errors.push({ line, message: "a card needs Q: (with A:) or C:" });
    return null;
  }
  if (!get("Q")) errors.push({ line: parts.get("Q")!.line, message: "Q: is empty" });
  if (!parts.has("A")) errors.push({ line: parts.get("Q")!.line, message: "Q: without A:" });
  else if (!get("A")) errors.push({ line: parts.get("A")!.line, message: "A: is empty" });
  return get("Q") && get("A") ? { type: "basic", front: get("Q"), back: get("A"), explanation, tags } : null;
}
