import type { Lang } from "../content/languages";

/**
 * The content language for a new account from its browser's Accept-Language: the first
 * language tag we serve, by q-weight (ties keep header order); English otherwise.
 * `zh-CN,zh;q=0.9,en;q=0.8` → zh; `en-US,zh;q=0.5` → en.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Lang {
  if (!header) return "en";
  const tags = header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { primary: tag.split("-")[0], weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((t) => t.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const t of tags) if (t.primary === "zh" || t.primary === "en") return t.primary;
  return "en";
}
