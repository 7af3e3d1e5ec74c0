import type { Metadata } from "next";
import { ReviewSession } from "@/components/review/review-session";
import { requirePageUserId } from "@/lib/auth/session.server";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  await requirePageUserId("/review");
  return <ReviewSession />;
}
