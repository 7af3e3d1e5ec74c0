import type { MetadataRoute } from "next";

/** The web app manifest (/manifest.webmanifest): what makes go-base installable. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "go-base: spaced repetition for backend engineers",
    short_name: "go-base",
    description: "Review cards, solve exercises and prepare interviews, online or offline.",
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
