/**
 * The client's address for per-IP limits: the last X-Forwarded-For entry, the one added by the
 * nearest proxy (Next fills the header from the socket when it is absent). Entries further left
 * are whatever the client claimed. Served without a proxy, a client can still send its own
 * header, so per-IP limits are only as good as the proxy in front; per-account limits hold regardless.
 */
export function clientIp(headers: Headers | Record<string, unknown>): string {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : (headers[name] as string | undefined)) ?? null;
  const forwarded = get("x-forwarded-for")?.split(",").map((s) => s.trim()).filter(Boolean);
  const ip = forwarded?.at(-1) ?? get("x-real-ip") ?? "unknown";
  // IPv4-mapped IPv6 (::ffff:127.0.0.1) is the same client as its IPv4 form.
  return ip.replace(/^::ffff:/, "").slice(0, 64);
}
