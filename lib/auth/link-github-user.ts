import type { Db } from "../db";
import { emailSchema } from "./credentials-schema";

export type GitHubLink =
  | { ok: true; id: string }
  | { ok: false; reason: "no-verified-email" | "has-password" | "other-github" };

/**
 * Finds or creates the user for a GitHub sign-in: by GitHub id first, then by e-mail. The
 * e-mail must be the GitHub account's *verified primary* address (see github-verified-email.ts):
 * an unverified one would let anyone claim an address they do not own. An existing account is
 * linked only when it has no password (someone who signed up with a password keeps sole
 * control of it) and no other GitHub id (a link is never overwritten).
 */
export async function linkGitHubUser(
  db: Db,
  input: { githubId: string; verifiedPrimaryEmail: string | null; name?: string | null },
): Promise<GitHubLink> {
  const byGithub = await db.user.findUnique({ where: { githubId: input.githubId }, select: { id: true } });
  if (byGithub) return { ok: true, id: byGithub.id };
  const email = emailSchema.safeParse(input.verifiedPrimaryEmail);
  if (!email.success) return { ok: false, reason: "no-verified-email" };

  const existing = await db.user.findUnique({ where: { email: email.data }, select: { id: true, passwordHash: true, githubId: true } });
  if (existing) {
    if (existing.passwordHash) return { ok: false, reason: "has-password" };
    if (existing.githubId) return { ok: false, reason: "other-github" };
    // Conditional: a password set or another link made meanwhile wins over this one.
    const linked = await db.user.updateMany({ where: { id: existing.id, githubId: null, passwordHash: null }, data: { githubId: input.githubId } });
    return linked.count === 1 ? { ok: true, id: existing.id } : { ok: false, reason: "other-github" };
  }
  const created = await db.user.create({
    data: { email: email.data, name: input.name ?? null, githubId: input.githubId, settings: { create: {} } },
    select: { id: true },
  });
  return { ok: true, id: created.id };
}
