import { describe, expect, it } from "vitest";
import { wrapCloze } from "./wrap-cloze";

describe("wrapCloze", () => {
  it("wraps the selection and puts the caret after it", () => {
    expect(wrapCloze("a mutex guards", 2, 7)).toEqual({ text: "a {{mutex}} guards", caret: 11 });
  });
  it("opens an empty blank at the caret when nothing is selected", () => {
    expect(wrapCloze("ab", 1, 1)).toEqual({ text: "a{{}}b", caret: 3 });
  });
});
