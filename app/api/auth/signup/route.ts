import { NextResponse } from "next/server";
import { signUp } from "@/lib/auth/sign-up";
import { db } from "@/lib/db.server";
import { publicRoute, readJson } from "@/lib/http.server";

export const POST = publicRoute(async ({ request }) => {
  const user = await signUp(db, await readJson(request));
  return NextResponse.json({ user }, { status: 201 });
});
