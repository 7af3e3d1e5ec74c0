import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import zh from "../../messages/zh.json";
import { ERROR_STATUS } from "../errors/error-codes";
import { messageArguments } from "./message-arguments";

/** Every leaf of a catalog as "a.b.c" → text. */
function leaves(node: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (value && typeof value === "object") for (const [k, v] of leaves(value, path)) out.set(k, v);
      else out.set(path, value);
    }
  }
  return out;
}

describe("message catalogs", () => {
  const english = leaves(en);
  const chinese = leaves(zh);

  it("have the same keys in English and Chinese", () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("have no empty or non-string value", () => {
    for (const [key, value] of [...english, ...chinese]) expect({ key, ok: typeof value === "string" && value.trim().length > 0 }).toEqual({ key, ok: true });
  });

  it("use the same ICU arguments in English and Chinese", () => {
    for (const [key, value] of english) expect({ key, placeholders: messageArguments(chinese.get(key) as string) }).toEqual({ key, placeholders: messageArguments(value as string) });
  });

  it("word every API error code and a job's interruption (a missing one would show the server's English)", () => {
    const missing = [...Object.keys(ERROR_STATUS), "JOB_INTERRUPTED"].filter((code) => !english.has(`apiErrors.${code}`));
    expect(missing).toEqual([]);
  });
});
