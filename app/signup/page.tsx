import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth-form";
import { currentUserId } from "@/lib/auth/session.server";
import { githubEnabled } from "@/lib/env.server";

export const metadata: Metadata = { title: "Sign up" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl = "/" } = await searchParams;
  if (await currentUserId()) redirect("/");
  return <AuthForm mode="signup" githubEnabled={githubEnabled} callbackUrl={callbackUrl} />;
}
