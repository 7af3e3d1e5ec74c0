import type { MetadataRoute } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { Lang } from "@/lib/content/languages";
import { buildWebManifest } from "@/lib/pwa/build-web-manifest";

/**
 * The web app manifest (/manifest.webmanifest): what makes go-base installable, named in the
 * request's language (the user's setting, else the cookie, else Accept-Language: i18n/request.ts).
 */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("pwa")]);
  return buildWebManifest(locale as Lang, t);
}
