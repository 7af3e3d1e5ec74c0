/** Rendering values as TypeScript literals and comparing outcomes as the catalog says. */
import { Ref, type Outcome } from "./types";

export function render(v: unknown, depth = 0): string {
  if (v instanceof Ref) return v.name;
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "bigint") return `${v}n`;
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  if (typeof v === "function") return "[function]";
  if (depth > 6) return "…";
  if (Array.isArray(v)) {
    const items = v.slice(0, 50).map((x) => render(x, depth + 1));
    if (v.length > 50) items.push(`… ${v.length - 50} more`);
    return `[${items.join(", ")}]`;
  }
  if (typeof v === "object") {
    const entries = Object.entries(v as object).map(
      ([k, x]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${render(x, depth + 1)}`,
    );
    return `{ ${entries.join(", ")} }`;
  }
  return String(v);
}

export function renderOutcome(o: Outcome): string {
  return "threw" in o ? `throws ${o.threw}` : render(o.value);
}

function numbersEqual(a: number, b: number): boolean {
  if (a === b) return true;
  if (Number.isNaN(a) && Number.isNaN(b)) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  // floating-point results: relative tolerance 1e-9 (integers compare exactly in practice)
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return numbersEqual(a, b);
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i]));
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
    const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
    if (ka.length !== kb.length) return false;
    return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

export function outcomesEqual(a: Outcome, b: Outcome): boolean {
  if ("threw" in a || "threw" in b) return "threw" in a && "threw" in b && a.threw === b.threw;
  return deepEqual(a.value, b.value);
}

export function defaultErrorLabel(e: unknown): string {
  if (e instanceof RangeError) return "RangeError";
  if (e && typeof e === "object" && "name" in e) return String((e as Error).name);
  return "a non-Error value";
}

/** A learner-side throw that is not the contract's RangeError is a runtime error. */
export function isRuntimeError(o: Outcome): boolean {
  return "threw" in o && o.threw !== "RangeError";
}
