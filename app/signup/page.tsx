import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth-form";
import { currentUserId } from "@/lib/auth/session.server";
import { githubEnabled } from "@/lib/env.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("header"))("signUp") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl = "/" } = await searchParams;
  if (await currentUserId()) redirect("/");
  return <AuthForm mode="signup" githubEnabled={githubEnabled} callbackUrl={callbackUrl} />;
}
