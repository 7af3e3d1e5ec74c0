import { describe, expect, it } from "vitest";
import { render } from "../engine/values";
import { SPECS } from "../specs";
import { generatePredict } from "./generate-predict";

describe("predict questions", () => {
  it("asks about the last result of a reference trace, with distinct options and the right answer among them", async () => {
    const q = await generatePredict("lru-cache", 7);
    expect(q).not.toBeNull();
    expect(q!.code).toMatch(/new LRUCache\(/);
    expect(q!.asked).toMatch(/→ \?$/);
    expect(new Set(q!.options).size).toBe(q!.options.length);
    expect(q!.options.length).toBeGreaterThanOrEqual(2);
    expect(q!.answerIndex).toBeGreaterThanOrEqual(0);
    // Reproducible: the same seed gives the same question; another seed another one.
    expect(await generatePredict("lru-cache", 7)).toEqual(q);
    expect((await generatePredict("lru-cache", 8))?.code).not.toBe(q!.code);
  });

  it("computes the answer by running the reference", async () => {
    for (const [id, seed] of [["leaderboard", 3], ["b-tree", 4], ["timing-wheel", 5]] as const) {
      const q = await generatePredict(id, seed);
      expect(q, id).not.toBeNull();
      // Evaluate the shown script against the reference: the asked line's result must be the marked answer.
      const mod = await SPECS[id].reference();
      const names = Object.keys(mod);
      const body = `${q!.code}\nreturn (${q!.asked.replace(/;?\s*\/\/ → \?$/, "")});`;
      let got: string;
      try {
        got = render(new Function(...names, body)(...names.map((n) => mod[n])));
      } catch (e) {
        got = `throws ${(e as Error).name}`;
      }
      expect(q!.options[q!.answerIndex], `${id}\n${q!.code}\n${q!.asked}`).toBe(got);
    }
  });

  it("has no predict questions for exercises without generated scripts", async () => {
    expect(await generatePredict("redis-lock", 1)).toBeNull();
    expect(await generatePredict("no-such-exercise", 1)).toBeNull();
  });
});
