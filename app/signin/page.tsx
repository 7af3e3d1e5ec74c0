import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthForm } from "@/components/auth-form";
import { currentUserId } from "@/lib/auth/session.server";
import { githubEnabled } from "@/lib/env.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("header"))("signIn") };
}

const ERRORS: Record<string, "githubEmail" | "githubLinkRefused" | "wrongCredentials"> = {
  GitHubEmail: "githubEmail",
  GitHubLinkRefused: "githubLinkRefused",
  CredentialsSignin: "wrongCredentials",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl = "/", error } = await searchParams;
  if (await currentUserId()) redirect("/");
  const t = await getTranslations("auth");
  const known = error && Object.hasOwn(ERRORS, error) ? ERRORS[error] : undefined;
  return <AuthForm mode="signin" githubEnabled={githubEnabled} callbackUrl={callbackUrl} initialError={error ? t(known ?? "signInFailed") : undefined} />;
}
