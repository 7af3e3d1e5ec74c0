import { authedRoute, readJson } from "@/lib/http.server";
import { previewCard } from "@/lib/cards/preview-card";

export const POST = authedRoute(async ({ request }) => previewCard(await readJson(request)));
