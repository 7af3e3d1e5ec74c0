import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password";

export const emailSchema = z
  .string({ error: "email is required" })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "email must be a valid address" }).max(254));

export const signUpSchema = z.strictObject({
  email: emailSchema,
  password: z
    .string({ error: "password is required" })
    .min(PASSWORD_MIN_LENGTH, { error: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
    .max(PASSWORD_MAX_LENGTH, { error: `password must be at most ${PASSWORD_MAX_LENGTH} characters` }),
  name: z.string().trim().max(80, { error: "name must be at most 80 characters" }).optional(),
  timezone: z.string().max(64).optional(),
});

export type SignUpInput = z.input<typeof signUpSchema>;
