const PROBE_ORIGIN = "https://same-origin.invalid";

/**
 * The path to go to after signing in, or "/" when the callback could leave the site. Only
 * same-origin paths are allowed: browsers read `/\evil.com` as `//evil.com` and drop tabs and
 * newlines (`/\t/evil.com`), so a prefix check is not enough. The path is resolved the way a
 * browser would and must keep our origin; backslashes and control characters are refused outright.
 */
export function safeCallbackPath(raw: unknown): string {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//")) return "/";
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return "/";
  let url: URL;
  try {
    url = new URL(raw, PROBE_ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== PROBE_ORIGIN) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
