/** One entry of GitHub's `GET /user/emails`. */
export type GitHubEmail = { email: string; primary: boolean; verified: boolean };

/**
 * The primary address, only if GitHub verified it. The profile's public `email` field says
 * nothing about verification, so it is never used for linking.
 */
export function verifiedPrimaryEmail(emails: unknown): string | null {
  if (!Array.isArray(emails)) return null;
  const primary = (emails as Partial<GitHubEmail>[]).find((e) => e?.primary === true && e.verified === true && typeof e.email === "string");
  return primary?.email ?? null;
}

/** Asks GitHub for the signed-in account's addresses (needs the `user:email` scope, which next-auth requests). */
export async function fetchVerifiedPrimaryEmail(accessToken: string | undefined): Promise<string | null> {
  if (!accessToken) return null;
  const response = await fetch("https://api.github.com/user/emails", {
    headers: { Authorization: `Bearer ${accessToken}`, Accept: "application/vnd.github+json", "User-Agent": "go-base" },
    signal: AbortSignal.timeout(10_000),
  }).catch(() => null);
  if (!response?.ok) return null;
  return verifiedPrimaryEmail(await response.json().catch(() => null));
}
