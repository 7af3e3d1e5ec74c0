// Checker spec for short-url (CATALOG §16): base62 with bigint, and a shortener.
import fc from "fast-check";
import { call, construct, fn, script } from "../../lib/exercises/engine/spec-helpers";
import type { ExerciseSpec } from "../../lib/exercises/engine/types";

const ALPHA = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const b62 = fc.string({ unit: fc.constantFrom(...ALPHA.split("")), minLength: 1, maxLength: 14 });
const anyCode = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("0", "1", "2", "3", "01", "a", "Z", "10", "") },
  { weight: 2, arbitrary: b62 },
  { weight: 1, arbitrary: fc.constantFrom("-", "1 ", "é", "_") },
);
const url = fc.constantFrom("https://a.example", "https://b.example/x?y=1", "u", "");

export const spec: ExerciseSpec = {
  id: "short-url",
  exports: ["ALPHABET", "encodeBase62", "decodeBase62", "Shortener"],
  makeEnv: () => ({ refs: {} }),
  examples: [
    {
      name: "base62",
      script: `
        encodeBase62(0n) // => "0"
        encodeBase62(9n) // => "9"
        encodeBase62(10n) // => "a"
        encodeBase62(61n) // => "Z"
        encodeBase62(62n) // => "10"
        encodeBase62(3844n) // => "100"
        encodeBase62(18446744073709551615n) // => "lYGhA16ahyf"
        decodeBase62("10") // => 62n
        decodeBase62("Z") // => 61n
        decodeBase62("0010") // => 62n
        decodeBase62("lYGhA16ahyf") // => 18446744073709551615n
        encodeBase62(-1n) // throws RangeError
        decodeBase62("") // throws RangeError
        decodeBase62("a-b") // throws RangeError`,
    },
    {
      name: "shortener",
      script: `
        const s = new Shortener();
        s.shorten("https://a.example") // => "1"
        s.shorten("https://b.example") // => "2"
        s.shorten("https://a.example") // => "1"
        s.resolve("1") // => "https://a.example"
        s.resolve("2") // => "https://b.example"
        s.resolve("3") // => undefined
        s.resolve("01") // => undefined
        s.resolve("") // => undefined
        s.resolve("*") // => undefined`,
    },
    {
      name: "custom start id",
      script: `
        const s = new Shortener(61n);
        s.shorten("x") // => "Z"
        s.shorten("y") // => "10"
        s.resolve("10") // => "y"`,
    },
  ],
  property: {
    scripts: script(construct("s", "Shortener", fc.oneof(fc.constant(1n), fc.bigInt({ min: 0n, max: 2n ** 70n }))), [
      call("s", "shorten", url),
      call("s", "resolve", anyCode),
      fn("encodeBase62", fc.oneof({ weight: 9, arbitrary: fc.bigInt({ min: 0n, max: 2n ** 90n }) }, { weight: 1, arbitrary: fc.bigInt({ min: -100n, max: -1n }) })),
      fn("decodeBase62", fc.oneof({ weight: 4, arbitrary: b62 }, { weight: 1, arbitrary: anyCode })),
    ], { weights: [3, 3, 2, 2], maxLength: 30 }),
    numRuns: 300,
  },
};
