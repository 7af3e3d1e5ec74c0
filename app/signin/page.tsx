import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth-form";
import { currentUserId } from "@/lib/auth/session.server";
import { githubEnabled } from "@/lib/env.server";

export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  GitHubEmail: "GitHub did not share a verified primary email address.",
  GitHubLinkRefused: "An account with this email already exists: sign in with its password (GitHub is not linked to it automatically).",
  CredentialsSignin: "Wrong email or password.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl = "/", error } = await searchParams;
  if (await currentUserId()) redirect("/");
  return <AuthForm mode="signin" githubEnabled={githubEnabled} callbackUrl={callbackUrl} initialError={error ? (ERRORS[error] ?? "Sign-in failed.") : undefined} />;
}
