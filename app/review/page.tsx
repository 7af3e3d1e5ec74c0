import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReviewSession } from "@/components/review/review-session";
import { requirePageUserId } from "@/lib/auth/session.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("header"))("review") };
}

export default async function ReviewPage() {
  await requirePageUserId("/review");
  return <ReviewSession />;
}
