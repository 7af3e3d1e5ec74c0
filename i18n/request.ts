import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { currentUserId } from "@/lib/auth/session.server";
import { db } from "@/lib/db.server";
import { LOCALE_COOKIE, resolveUiLocale } from "@/lib/i18n/resolve-ui-locale";

/**
 * next-intl's per-request configuration (no i18n routing: URLs carry no locale). One indexed
 * read of the signed-in user's Settings row gives the UI language (the same setting that
 * picks the content language) and the time zone dates are shown in.
 */
export default getRequestConfig(async () => {
  const userId = await currentUserId();
  const settings = userId ? await db.settings.findUnique({ where: { userId }, select: { locale: true, timezone: true } }) : null;
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale = resolveUiLocale({
    settingsLocale: settings?.locale,
    cookieLocale: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
  });
  return {
    locale,
    timeZone: settings?.timezone || "UTC",
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
