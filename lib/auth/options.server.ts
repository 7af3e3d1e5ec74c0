import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { db } from "../db.server";
import { env, githubEnabled } from "../env.server";
import { authenticate } from "./authenticate";
import { fetchVerifiedPrimaryEmail } from "./github-verified-email";
import { linkGitHubUser } from "./link-github-user";
import { safeCallbackPath } from "./safe-callback";
import { authThrottle } from "./throttle.server";
import { clientIp } from "../http/client-ip";

const providers: NextAuthOptions["providers"] = [
  CredentialsProvider({
    name: "Email",
    credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
    // The route (app/api/auth/[...nextauth]) answers 429 while blocked; this counts the outcome.
    async authorize(credentials, req) {
      const ip = clientIp(req?.headers ?? {});
      // Checked again here: attempts sent in parallel all passed the route's check before any failure was counted.
      const blocked = await authThrottle.assertSignInAllowed(credentials?.email, ip).then(() => false, () => true);
      if (blocked) return null;
      const user = await authenticate(db, credentials?.email, credentials?.password);
      if (user) await authThrottle.recordSignInSuccess(credentials?.email);
      else await authThrottle.recordSignInFailure(credentials?.email, ip);
      return user;
    },
  }),
];
if (githubEnabled) {
  providers.push(GitHubProvider({ clientId: env.GITHUB_ID!, clientSecret: env.GITHUB_SECRET! }));
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  pages: { signIn: "/signin" },
  providers,
  callbacks: {
    // Same-origin only: next-auth would otherwise follow any path it is given, `/\\evil.com` included.
    redirect({ url, baseUrl }) {
      const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
      return `${baseUrl}${safeCallbackPath(path)}`;
    },
    async signIn({ user, account }) {
      if (account?.provider !== "github") return true;
      const verifiedPrimaryEmail = await fetchVerifiedPrimaryEmail(account.access_token);
      const linked = await linkGitHubUser(db, { githubId: account.providerAccountId, verifiedPrimaryEmail, name: user.name });
      if (!linked.ok) return linked.reason === "no-verified-email" ? "/signin?error=GitHubEmail" : "/signin?error=GitHubLinkRefused";
      user.id = linked.id;
      return true;
    },
    jwt({ token, user }) {
      // user is present only at sign-in; afterwards the token carries our user id.
      if (user) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
};
