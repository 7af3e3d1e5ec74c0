import { hash, verify } from "@node-rs/argon2";
import { AppError } from "../errors";
import { withHashSlot } from "./hash-gate";

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;

// argon2id with the library's defaults (19 MiB, t=2, p=1: OWASP's minimum recommendation).
// Every hash and verify goes through the gate: a bounded number run at once (see hash-gate.ts).
export function hashPassword(password: string): Promise<string> {
  return withHashSlot(() => hash(password));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await withHashSlot(() => verify(passwordHash, password));
  } catch (error) {
    if (error instanceof AppError) throw error; // the gate's 429, not a wrong password
    return false;
  }
}

// A real hash to verify against when the email is unknown, so both paths cost the same.
let dummyHash: Promise<string> | undefined;
export function timingSafeDummyHash(): Promise<string> {
  dummyHash ??= hash("go-base timing equaliser");
  return dummyHash;
}
