import type { Db } from "../db";
import { isUniqueViolation } from "../db-errors";
import { AppError, parseInput } from "../errors";
import { isValidTimeZone } from "../time/day";
import { localeFromAcceptLanguage } from "../settings/locale-from-accept-language";
import { signUpSchema } from "./credentials-schema";
import { hashPassword } from "./password";

export type PublicUser = { id: string; email: string };

/** `acceptLanguage`: the request's Accept-Language header, which picks the account's content language. */
export async function signUp(db: Db, input: unknown, acceptLanguage?: string | null): Promise<PublicUser> {
  const { email, password, name, timezone } = parseInput(signUpSchema, input);
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new AppError("EMAIL_TAKEN", "an account with this email already exists");
  }
  const passwordHash = await hashPassword(password);
  try {
    return await db.user.create({
      data: {
        email,
        name: name || null,
        passwordHash,
        settings: { create: { timezone: timezone && isValidTimeZone(timezone) ? timezone : "UTC", locale: localeFromAcceptLanguage(acceptLanguage) } },
      },
      select: { id: true, email: true },
    });
  } catch (error) {
    // Two sign-ups racing for one email: the unique index decides.
    if (isUniqueViolation(error)) throw new AppError("EMAIL_TAKEN", "an account with this email already exists");
    throw error;
  }
}
