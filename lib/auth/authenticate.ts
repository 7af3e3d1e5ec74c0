import type { Db } from "../db";
import { emailSchema } from "./credentials-schema";
import { timingSafeDummyHash, verifyPassword } from "./password";

/** The user for these credentials, or null. Unknown emails cost a hash too (no user enumeration by timing). */
export async function authenticate(db: Db, email: unknown, password: unknown) {
  const parsedEmail = emailSchema.safeParse(email);
  if (!parsedEmail.success || typeof password !== "string" || password.length === 0) return null;
  const user = await db.user.findUnique({
    where: { email: parsedEmail.data },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  if (!user?.passwordHash) {
    await verifyPassword(await timingSafeDummyHash(), password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, email: user.email, name: user.name };
}
