import { LOCALE_COOKIE } from "../i18n/resolve-ui-locale";

/** Remembers the UI language in this browser for a year (read by i18n/request.ts when signed out). */
export function setLocaleCookie(locale: "en" | "zh"): void {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
}
