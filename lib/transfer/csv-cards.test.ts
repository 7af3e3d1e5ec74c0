import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { formatCsvCards } from "./format-csv-cards";
import { parseCsvCards, parseCsvRecords } from "./parse-csv-cards";
import type { TransferCard } from "./transfer-card";

const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, status: error.status, message: error.message, details: error.details };
  }
  return null;
};

describe("CSV cards", () => {
  it("reads RFC 4180: quotes, doubled quotes, commas and line breaks in fields, CRLF, a BOM and a header", () => {
    const csv = '\uFEFFFront,Back,Tags\r\n"What does ""defer"" do?","Runs a call, later\nat return",go defer\r\nplain,answer\r\n\r\n"A {{slice}} grows",,go\n';
    expect(parseCsvCards(csv)).toEqual([
      { type: "basic", front: 'What does "defer" do?', back: "Runs a call, later\nat return", explanation: "", tags: ["go", "defer"] },
      { type: "basic", front: "plain", back: "answer", explanation: "", tags: [] },
      { type: "cloze", text: "A {{slice}} grows", explanation: "", tags: ["go"] },
    ]);
    expect(parseCsvRecords('a,"b\nc"\nd,e').records.map((r) => r.line)).toEqual([1, 3]);
  });

  it("reports every bad row with its line number, as one 400", () => {
    const csv = 'front,back\nok,fine\nonly-one-column\n,empty front\nno back,\n"multi\nline",x,y,z\nbad "quote",x\n"open,x\n';
    const error = errorOf(() => parseCsvCards(csv));
    expect(error).toMatchObject({ code: "CSV_INVALID", status: 400 });
    expect(error?.details).toEqual([
      { line: 3, message: "expected 2 or 3 columns (front, back, tags), found 1" },
      { line: 4, message: "the front is empty" },
      { line: 5, message: "the back is empty (a cloze card needs {{blanks}} in the front)" },
      { line: 6, message: "expected 2 or 3 columns (front, back, tags), found 4" },
      { line: 8, message: "a quote inside an unquoted field (quote the whole field and double the quote)" },
      { line: 9, message: "a quoted field is never closed" },
    ]);
    expect(error?.message).toMatch(/^line 3: expected 2 or 3 columns/);
  });

  it("exports what it imports", () => {
    const cards: TransferCard[] = [
      { type: "basic", front: 'Say "hi", twice', back: "line one\nline two", explanation: "", tags: ["a", "b"] },
      { type: "basic", front: " padded ", back: "x", explanation: "", tags: [] },
      { type: "cloze", text: "A {{map}} is a hash table", explanation: "", tags: ["ds"] },
    ];
    const csv = formatCsvCards(cards);
    expect(csv.split("\r\n")[0]).toBe("front,back,tags");
    expect(csv).toContain('"Say ""hi"", twice","line one\nline two",a b');
    // Trimmed on import: a padded field comes back trimmed.
    expect(parseCsvCards(csv)).toEqual(cards.map((c) => (c.type === "basic" ? { ...c, front: c.front.trim() } : c)));
  });
});
