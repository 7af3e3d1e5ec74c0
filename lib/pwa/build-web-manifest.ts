import type { MetadataRoute } from "next";
import type { Lang } from "../content/languages";

/** A translator for the `pwa` catalog namespace's manifest texts. */
export type ManifestTranslate = (key: "manifestName" | "manifestDescription") => string;

/**
 * The web app manifest in the request's language: the name and description an install prompt
 * and the home screen show. Everything else (icons, colours, start URL) is the same in both.
 */
export function buildWebManifest(locale: Lang, t: ManifestTranslate): MetadataRoute.Manifest {
  return {
    id: "/",
    name: t("manifestName"),
    short_name: "go-base",
    description: t("manifestDescription"),
    lang: locale === "zh" ? "zh-CN" : "en",
    start_url: "/review",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#f8fafc",
    theme_color: "#4f46e5",
    categories: ["education", "productivity"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icons/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
