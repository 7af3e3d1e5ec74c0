import type { TransferCard } from "./transfer-card";

const quote = (field: string) => (/[",\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);

/** Cards as RFC 4180 CSV with a header row and CRLF line ends (what spreadsheets expect). Cloze: text, empty back. */
export function formatCsvCards(cards: readonly TransferCard[]): string {
  const rows = [["front", "back", "tags"], ...cards.map((c) => (c.type === "basic" ? [c.front, c.back, c.tags.join(" ")] : [c.text, "", c.tags.join(" ")]))];
  return rows.map((row) => row.map(quote).join(",")).join("\r\n") + "\r\n";
}
