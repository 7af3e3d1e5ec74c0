"use client";

import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { primaryButton, secondaryButton } from "../ui";

type InstallPrompt = Event & { prompt: () => Promise<void>; userChoice: Promise<{ outcome: "accepted" | "dismissed" }> };

/**
 * Asks the service worker to keep this page for offline use; resolves once it is stored. The
 * worker answers when it has the response, and writes the cache just after: we look for it.
 */
async function keepPage(worker: ServiceWorker, href: string): Promise<boolean> {
  await new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    worker.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: [[href, { headers: { accept: "text/html" }, credentials: "same-origin" }]] } }, [channel.port2]);
  });
  for (let wait = 50; wait < 3000; wait *= 2) {
    if (await caches.match(href)) return true;
    await new Promise((r) => setTimeout(r, wait));
  }
  return false;
}

/**
 * The installable-app side of the page: registers the service worker (production builds),
 * keeps every visited page for offline use (the first one too, which loaded before the worker
 * controlled it), offers "update available" when a new version is waiting, and Android
 * Chrome's install prompt. `data-offline-ready` on <html> says the current page is stored.
 */
export function PwaClient() {
  const t = useTranslations("pwa");
  const pathname = usePathname();
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const [install, setInstall] = useState<InstallPrompt | null>(null);

  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    let registration: ServiceWorkerRegistration | undefined;
    const watch = (reg: ServiceWorkerRegistration) => {
      if (reg.waiting && navigator.serviceWorker.controller) setWaiting(reg.waiting);
      reg.addEventListener("updatefound", () => {
        const worker = reg.installing;
        worker?.addEventListener("statechange", () => {
          if (worker.state === "installed" && navigator.serviceWorker.controller) setWaiting(worker);
        });
      });
    };
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).then((reg) => {
      registration = reg;
      watch(reg);
    }, () => undefined);
    // Coming back to the app is when a new deployment is most likely to be noticed.
    const check = () => {
      if (document.visibilityState === "visible") void registration?.update().catch(() => undefined);
    };
    document.addEventListener("visibilitychange", check);
    let reloading = false;
    const reload = () => {
      if (reloading) return;
      reloading = true;
      window.location.reload();
    };
    const onInstallPrompt = (event: Event) => {
      event.preventDefault();
      setInstall(event as InstallPrompt);
    };
    const onInstalled = () => setInstall(null);
    window.addEventListener("beforeinstallprompt", onInstallPrompt);
    window.addEventListener("appinstalled", onInstalled);
    const hadController = Boolean(navigator.serviceWorker.controller);
    const onControllerChange = () => {
      // The first worker taking control is not an update; an accepted update reloads once.
      if (hadController) reload();
    };
    navigator.serviceWorker.addEventListener("controllerchange", onControllerChange);
    return () => {
      document.removeEventListener("visibilitychange", check);
      window.removeEventListener("beforeinstallprompt", onInstallPrompt);
      window.removeEventListener("appinstalled", onInstalled);
      navigator.serviceWorker.removeEventListener("controllerchange", onControllerChange);
    };
  }, []);

  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    let cancelled = false;
    document.documentElement.removeAttribute("data-offline-ready");
    void navigator.serviceWorker.ready.then(async (reg) => {
      if (!reg.active || cancelled) return;
      // Loaded while the first worker was installing: ask it to take this page too (app/sw.ts).
      if (!navigator.serviceWorker.controller) reg.active.postMessage({ type: "CLAIM" });
      if ((await keepPage(reg.active, window.location.href)) && !cancelled) document.documentElement.setAttribute("data-offline-ready", "true");
    });
    return () => {
      cancelled = true;
    };
  }, [pathname]);

  if (!waiting && !install) return null;
  return (
    <div role="status" className="fixed inset-x-2 bottom-2 z-50 mx-auto flex max-w-md flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900">
      {waiting ? (
        <>
          <span className="flex-1">{t("newVersion")}</span>
          <button type="button" className={primaryButton} onClick={() => waiting.postMessage({ type: "SKIP_WAITING" })}>{t("update")}</button>
        </>
      ) : (
        <>
          <span className="flex-1">{t("installPrompt")}</span>
          <button
            type="button"
            className={primaryButton}
            onClick={() => {
              void install?.prompt();
              void install?.userChoice.finally(() => setInstall(null));
            }}
          >
            {t("install")}
          </button>
          <button type="button" className={secondaryButton} onClick={() => setInstall(null)}>{t("notNow")}</button>
        </>
      )}
    </div>
  );
}
