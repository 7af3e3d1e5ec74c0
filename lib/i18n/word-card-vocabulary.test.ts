import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import zh from "../../messages/zh.json";
import { CARD_STATE_NAMES, RATING_NAMES } from "../review/vocabulary";
import { wordCardState, wordLevel, wordRating } from "./word-card-vocabulary";

const translator = (locale: "en" | "zh") => createTranslator({ locale, messages: locale === "en" ? en : zh, namespace: "vocabulary" });

describe("card states and ratings in the UI's language", () => {
  it("words the API's state names, in English exactly as the API names them", () => {
    expect(CARD_STATE_NAMES.map((s) => wordCardState(s, translator("en")))).toEqual([...CARD_STATE_NAMES]);
    expect(CARD_STATE_NAMES.map((s) => wordCardState(s, translator("zh")))).toEqual(["新卡片", "学习中", "复习", "重学中"]);
    expect(wordCardState("Archived", translator("zh"))).toBe("Archived");
  });

  it("words ratings 1–4 as the grade buttons do", () => {
    expect([1, 2, 3, 4].map((r) => wordRating(r, translator("en")))).toEqual([1, 2, 3, 4].map((r) => RATING_NAMES[r as 1 | 2 | 3 | 4]));
    expect([1, 2, 3, 4, 7].map((r) => wordRating(r, translator("zh")))).toEqual(["重来", "困难", "良好", "简单", "7"]);
  });

  it("words interview frequency and difficulty levels", () => {
    expect(["high", "medium", "low", "easy", "hard"].map((l) => wordLevel(l, translator("en")))).toEqual(["high", "medium", "low", "easy", "hard"]);
    expect(["high", "medium", "low", "easy", "hard", "odd"].map((l) => wordLevel(l, translator("zh")))).toEqual(["高", "中等", "低", "简单", "困难", "odd"]);
  });
});
