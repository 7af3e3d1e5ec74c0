import { describe, expect, it } from "vitest";
import { SPECS } from "../specs";
import { generatePredict } from "./generate-predict";
import { loadIsolatedModule } from "./load-isolated-module";

// Every own property of the intrinsics a polluting module could write to, before any ran.
const INTRINSICS = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype };
const snapshot = () => Object.fromEntries(Object.entries(INTRINSICS).map(([name, proto]) => [name, Object.getOwnPropertyNames(proto).sort()]));

describe("predict questions run learner mistakes in a realm of their own", () => {
  it("leaves the server's Object.prototype untouched over every exercise and 16 seeds", async () => {
    // linked-hash-map's proto-index fixture wrote `value` onto Object.prototype for seeds 8 and 9
    // (a generated key "__proto__"), which broke every later request of the server.
    const before = snapshot();
    for (const id of Object.keys(SPECS)) {
      for (let seed = 0; seed < 16; seed++) {
        await generatePredict(id, seed);
        expect(snapshot(), `${id} seed ${seed}`).toEqual(before);
      }
    }
  }, 300_000);

  it("keeps a module's prototype writes inside its realm, and its errors the host's classes", () => {
    const mod = loadIsolatedModule(`
      export function pollute(key: string) { const index: Record<string, any> = {}; index[key].value = 1; }
      export function fail() { throw new RangeError("out of range"); }
      export function count() { return new Map([[1, 2]]).size; }`)!;
    (mod.pollute as (k: string) => void)("__proto__");
    expect(Object.hasOwn(Object.prototype, "value")).toBe(false);
    expect(() => (mod.fail as () => void)()).toThrow(RangeError);
    expect((mod.count as () => number)()).toBe(1);
    const restricted = loadIsolatedModule(`export function count() { return new Map().size; }`, { noMapSet: true })!;
    expect(() => (restricted.count as () => number)()).toThrow(/Map is not defined/);
    expect(loadIsolatedModule("export const = ;")).toBeNull();
  });
});
