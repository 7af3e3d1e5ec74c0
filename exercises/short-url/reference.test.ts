import { describe, expect, it } from "vitest";
import { ALPHABET, Shortener, decodeBase62, encodeBase62 } from "./reference";

describe("short-url reference", () => {
  it("encodes and decodes base62", () => {
    expect(ALPHABET.length).toBe(62);
    expect(encodeBase62(0n)).toBe("0");
    expect(encodeBase62(9n)).toBe("9");
    expect(encodeBase62(10n)).toBe("a");
    expect(encodeBase62(36n)).toBe("A");
    expect(encodeBase62(61n)).toBe("Z");
    expect(encodeBase62(62n)).toBe("10");
    expect(encodeBase62(3843n)).toBe("ZZ");
    expect(encodeBase62(2n ** 64n)).toBe("lYGhA16ahyg");
    expect(decodeBase62("lYGhA16ahyg")).toBe(2n ** 64n);
    expect(decodeBase62("0")).toBe(0n);
    expect(decodeBase62("007")).toBe(7n);
    expect(decodeBase62("ZZ")).toBe(3843n);
    expect(() => encodeBase62(-1n)).toThrow(RangeError);
    for (const bad of ["", "-1", "a b", "é", "a_", "😀"]) expect(() => decodeBase62(bad)).toThrow(RangeError);
  });

  it("shortens idempotently and resolves only issued codes", () => {
    const s = new Shortener();
    expect(s.shorten("https://a")).toBe("1");
    expect(s.shorten("https://b")).toBe("2");
    expect(s.shorten("https://a")).toBe("1");
    expect(s.resolve("1")).toBe("https://a");
    expect(s.resolve("01")).toBeUndefined();
    expect(s.resolve("3")).toBeUndefined();
    expect(s.resolve("")).toBeUndefined();
    expect(s.resolve("!!")).toBeUndefined();
    const t = new Shortener(61n);
    expect(t.shorten("x")).toBe("Z");
    expect(t.shorten("y")).toBe("10");
    expect(new Shortener(0n).shorten("z")).toBe("0");
  });
});
