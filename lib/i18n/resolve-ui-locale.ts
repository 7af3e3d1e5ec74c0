import type { Lang } from "../content/languages";
import { localeFromAcceptLanguage } from "../settings/locale-from-accept-language";

/** The cookie a signed-out visitor's language switch writes (and a signed-in one's, for after sign-out). */
export const LOCALE_COOKIE = "locale";

/**
 * The UI language of a request: the signed-in user's setting (the same one that picks the
 * content language), else the `locale` cookie, else the browser's Accept-Language, else English.
 */
export function resolveUiLocale(input: { settingsLocale?: string | null; cookieLocale?: string | null; acceptLanguage?: string | null }): Lang {
  if (input.settingsLocale === "en" || input.settingsLocale === "zh") return input.settingsLocale;
  if (input.cookieLocale === "en" || input.cookieLocale === "zh") return input.cookieLocale;
  return localeFromAcceptLanguage(input.acceptLanguage);
}
