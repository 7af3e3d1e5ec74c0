import { AppError } from "../errors";
import { hasBlank, splitTags, type LineError, type TransferCard } from "./transfer-card";

export type CsvRecord = { line: number; fields: string[] };

/**
 * RFC 4180: comma-separated, `"` quotes a field, `""` is a quote inside one, quoted fields may
 * hold commas and line breaks; CRLF or LF. A UTF-8 byte-order mark (Excel writes one) is dropped.
 * Each record keeps the line it starts on, for error messages.
 */
export function parseCsvRecords(input: string): { records: CsvRecord[]; errors: LineError[] } {
  const text = input.replace(/^\uFEFF/, "");
  const records: CsvRecord[] = [];
  const errors: LineError[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let field = "";
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) {
            // The rest of the file is inside the quote: no more records to read.
            errors.push({ line: start, message: "a quoted field is never closed" });
            return { records, errors };
          }
          const ch = text[i];
          if (ch === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === "\n") line++;
          field += ch;
          i++;
        }
        if (i < text.length && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") {
          errors.push({ line, message: "text after a closing quote (write a quote inside a quoted field as \"\")" });
          while (i < text.length && text[i] !== "," && text[i] !== "\n") i++;
        }
      } else {
        while (i < text.length && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") field += text[i++];
        if (field.includes('"')) errors.push({ line, message: "a quote inside an unquoted field (quote the whole field and double the quote)" });
      }
      fields.push(field);
      if (text[i] === ",") {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === "\r") i++;
    if (text[i] === "\n") i++;
    line++;
    // A blank line is not a record.
    if (!(fields.length === 1 && fields[0] === "")) records.push({ line: start, fields });
  }
  return { records, errors };
}

const HEADER = ["front", "back", "tags"];

/**
 * A CSV deck: `front,back[,tags]` per row, an optional header row naming those columns.
 * A row whose back is empty and whose front has `{{blanks}}` is a cloze card. Every problem is
 * collected and reported at once as CSV_INVALID with its line, so a user fixes the file in one go.
 */
export function parseCsvCards(input: string): TransferCard[] {
  const { records, errors } = parseCsvRecords(input);
  const rows = records.length && records[0].fields.map((f) => f.trim().toLowerCase()).join(",") === HEADER.slice(0, records[0].fields.length).join(",") ? records.slice(1) : records;
  const cards: TransferCard[] = [];
  for (const { line, fields } of rows) {
    if (fields.length < 2 || fields.length > 3) {
      errors.push({ line, message: `expected 2 or 3 columns (front, back, tags), found ${fields.length}` });
      continue;
    }
    const [front, back, tags = ""] = fields.map((f) => f.trim());
    if (!front) errors.push({ line, message: "the front is empty" });
    else if (!back && hasBlank(front)) cards.push({ type: "cloze", text: front, explanation: "", tags: splitTags(tags) });
    else if (!back) errors.push({ line, message: "the back is empty (a cloze card needs {{blanks}} in the front)" });
    else cards.push({ type: "basic", front, back, explanation: "", tags: splitTags(tags) });
  }
  if (errors.length) {
    errors.sort((a, b) => a.line - b.line);
    throw new AppError("CSV_INVALID", errors.slice(0, 5).map((e) => `line ${e.line}: ${e.message}`).join("; ") + (errors.length > 5 ? `; and ${errors.length - 5} more` : ""), errors);
  }
  return cards;
}
