import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import zh from "../../messages/zh.json";
import { mapAnkiNotes } from "../anki/map-anki-notes";
import { partialReason, skipReason, type SkipCode } from "../import/skip-reason";
import { wordImportSkip, wordSkipSubject, type ImportSkipTranslate } from "./word-import-skip";

const translator = (locale: "en" | "zh"): ImportSkipTranslate => {
  const t = createTranslator({ locale, messages: locale === "en" ? en : zh, namespace: "importSkips" });
  return Object.assign((key: string, values?: Record<string, string | number>) => t(key as never, values as never), { has: (key: string) => t.has(key as never) });
};

const every: [SkipCode, Record<string, string | number>][] = [
  ["noteTypeMissing", { noteType: 999 }],
  ["noteHasNoCards", {}],
  ["noTemplate", { noteType: "Basic", template: 2 }],
  ["mediaMissing", { name: "a.png" }],
  ["noField", { tag: "{{Nope}}", field: "Nope" }],
  ["typeAnswer", { tag: "{{type:Back}}" }],
  ["filter", { tag: "{{hint:Word}}", filter: "hint" }],
  ["emptyQuestion", {}],
  ["imageOcclusion", {}],
  ["noCloze", { n: 2 }],
  ["nestedCloze", {}],
  ["emptyCloze", { n: 1 }],
  ["clozeBraces", { n: 1, symbols: '"{{", "}}", "::"' }],
  ["cannotStore", { field: "front", message: "Too big" }],
  ["invalidCard", { field: "back", message: "Required" }],
  ["reviewedHere", {}],
];

describe("import skip reasons in the UI's language", () => {
  it("words every code; in English exactly as the report's reason", () => {
    for (const [code, params] of every) {
      const skip = { noteGuid: "g", ...skipReason(code, params) };
      expect(wordImportSkip(skip, translator("en"))).toEqual({ text: skip.reason, english: false });
      const chinese = wordImportSkip(skip, translator("zh"));
      expect({ code, english: chinese.english, hasLatinProse: /[a-z]{3,} [a-z]{3,}/.test(chinese.text.replace(/\{\{[^}]*\}\}/g, "")) }).toEqual({ code, english: false, hasLatinProse: false });
    }
    expect(wordImportSkip({ noteGuid: "g", ...skipReason("noCloze", { n: 2 }) }, translator("zh")).text).toBe("正文中没有 c2 填空（Anki 中这张卡片是空的）");
  });

  it("words a part left out inside 'imported without a part', as the report does", () => {
    const part = skipReason("filter", { tag: "{{hint:Word}}", filter: "hint" });
    const skip = { noteGuid: "g", ...part, reason: partialReason(part.reason), partial: true };
    expect(wordImportSkip(skip, translator("en")).text).toBe('imported without a part: {{hint:Word}}: the "hint" filter is not supported');
    expect(wordImportSkip(skip, translator("zh")).text).toBe("已导入，但缺少一部分：{{hint:Word}}：不支持“hint”过滤器");
  });

  it("keeps the English of a report stored before codes, and says it is English", () => {
    expect(wordImportSkip({ noteGuid: "g", reason: "the note has no cards" }, translator("zh"))).toEqual({ text: "the note has no cards", english: true });
    expect(wordImportSkip({ noteGuid: "g", reason: "from the future", code: "somethingNew" }, translator("zh"))).toEqual({ text: "from the future", english: true });
  });

  it("gives the Anki mapper's skips codes the catalogs word", () => {
    const model = { noteTypes: [], decks: [], media: [], notes: [{ id: 1, guid: "noType", noteTypeId: 999, fields: ["a"], tags: [] }], cards: [{ id: 11, noteId: 1, ord: 0, deckId: 1, type: 0, queue: 0, due: 0, ivl: 0, factor: 0, reps: 0, lapses: 0 }] };
    const [skip] = mapAnkiNotes(model as never).skipped;
    expect(wordImportSkip(skip, translator("zh")).text).toBe("卡包中缺少笔记类型 999");
  });

  it("names a CSV or Markdown card by its number, and an Anki note by its guid", () => {
    const csv = { noteGuid: "card 3", cardNumber: 3, ...skipReason("invalidCard", { field: "back", message: "Required" }) };
    expect([wordSkipSubject(csv, translator("en")), wordSkipSubject(csv, translator("zh"))]).toEqual(["card 3", "第 3 张卡片"]);
    expect(wordSkipSubject({ noteGuid: "Ab12", reason: "x" }, translator("zh"))).toBe("Ab12");
  });
});
