import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import zh from "../../messages/zh.json";
import { checkEstimateAnswer } from "../estimate/check-estimate-answer";
import type { EstimateAnswerSpec } from "../estimate/estimate-schema";
import { gradeEstimate } from "../estimate/grade-estimate";
import { parseEstimate } from "../estimate/parse-estimate";
import { wordEstimateProblem, wordEstimateVerdict, type EstimateTranslate } from "./word-estimate";

const translator = (locale: "en" | "zh"): EstimateTranslate => {
  const t = createTranslator({ locale, messages: locale === "en" ? en : zh, namespace: "estimate" });
  return (key, values) => t(key as never, values as never);
};
const nodes: EstimateAnswerSpec = { nouns: ["nodes"] };
const bytes: EstimateAnswerSpec = { unit: "GB", nouns: [] };
const count: EstimateAnswerSpec = { nouns: [] };

describe("wording an estimate in English and Chinese", () => {
  it("words each verdict, and in English exactly as the server's verdict", () => {
    for (const [value, answer] of [[100, 100], [120, 100], [250, 100], [1000, 100], [1e-30, 0.4]]) {
      const grade = gradeEstimate(value, answer);
      expect(wordEstimateVerdict(grade.wording, translator("en"), "en")).toBe(grade.verdict);
    }
    const zh = translator("zh");
    expect([[100, 100], [120, 100], [40, 100], [1000, 100], [1e-30, 0.4]].map(([v, a]) => wordEstimateVerdict(gradeEstimate(v, a).wording, zh, "zh"))).toEqual([
      "完全正确",
      "良好：在 1.5 倍以内（偏高 1.2 倍）",
      "接近：在 3 倍以内（偏低 2.5 倍）",
      "偏差 偏高 10 倍",
      "偏差 偏低 超过 1000 倍",
    ]);
  });

  it("words every reason an answer is unreadable or in the wrong unit, in English as the server does", () => {
    const inputs: [string, EstimateAnswerSpec][] = [["", nodes], ["lots", nodes], ["0", nodes], ["3 GB", nodes], ["3 GB", count], ["3 cats", nodes], ["3 cats", count], ["5 apples", bytes], ["5 ms", bytes]];
    const parsed = inputs.map(([input, spec]) => parseEstimate(input, spec));
    for (const p of parsed) {
      if (p.kind === "value") throw new Error("expected a problem");
      expect(wordEstimateProblem(p.problem, translator("en"))).toBe(p.reason);
    }
    const zh = translator("zh");
    expect(parsed.map((p) => (p.kind === "value" ? "" : wordEstimateProblem(p.problem, zh)))).toEqual([
      "请先输入一个数字。",
      "“lots”不是以数字开头的（可以试试 3.2k、5 GB 或 1.2e6）。",
      "估算值必须是正数。",
      "这里问的是个数（nodes），不是以 GB 计的量。",
      "这里问的是个数，不是以 GB 计的量。",
      "“cats”不是单位；请直接回答 nodes 的个数。",
      "“cats”不是单位；请直接回答一个数字。",
      "无法识别单位“apples”（可以试试 KB、MiB、GB、Gbit/s、ms、TB/yr）。",
      "ms 无法换算成 GB：它衡量的是另一种量。",
    ]);
  });

  it("words a wrong-unit grade with its reason", () => {
    const result = checkEstimateAnswer("5 ms", 3, bytes);
    if (result.kind !== "graded") throw new Error("a wrong unit is graded");
    expect(wordEstimateVerdict(result.grade.wording, translator("en"), "en")).toBe(result.grade.verdict);
    expect(wordEstimateVerdict(result.grade.wording, translator("zh"), "zh")).toBe("单位不对：ms 无法换算成 GB：它衡量的是另一种量。");
  });
});
