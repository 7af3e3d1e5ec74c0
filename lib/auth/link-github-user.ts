import type { Db } from "../db";
import { emailSchema } from "./credentials-schema";

/**
 * Finds or creates the user for a GitHub sign-in: by GitHub id first, then by verified email
 * (GitHub only returns a primary verified email), linking the two.
 */
export async function linkGitHubUser(
  db: Db,
  input: { githubId: string; email?: string | null; name?: string | null },
): Promise<{ id: string } | null> {
  const byGithub = await db.user.findUnique({ where: { githubId: input.githubId }, select: { id: true } });
  if (byGithub) return byGithub;
  const email = emailSchema.safeParse(input.email);
  if (!email.success) return null;
  return db.user.upsert({
    where: { email: email.data },
    update: { githubId: input.githubId },
    create: { email: email.data, name: input.name ?? null, githubId: input.githubId, settings: { create: {} } },
    select: { id: true },
  });
}
