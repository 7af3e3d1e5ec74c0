import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentUserId } from "@/lib/auth/session.server";
import { LanguageSwitch } from "./language-switch";
import { SignOutButton } from "./sign-out-button";
import { ThemeToggle } from "./theme-toggle";

const links = [
  { href: "/", key: "home" },
  { href: "/review", key: "review" },
  { href: "/decks", key: "decks" },
  { href: "/browse", key: "browse" },
  { href: "/exercises", key: "exercises" },
  { href: "/quiz", key: "quiz" },
  { href: "/progress", key: "progress" },
  { href: "/settings", key: "settings" },
] as const;

export async function SiteHeader() {
  const signedIn = Boolean(await currentUserId());
  const t = await getTranslations("header");
  return (
    <header className="border-b border-slate-200 bg-white/80 backdrop-blur dark:border-slate-800 dark:bg-slate-900/80">
      <nav aria-label={t("mainNav")} className="mx-auto flex max-w-5xl flex-wrap items-center gap-1 px-4 py-3 sm:px-6">
        <Link href="/" className="mr-4 flex items-center gap-2 font-semibold tracking-tight">
          <span aria-hidden className="grid size-7 place-items-center rounded-md bg-brand-600 font-mono text-sm text-white">gb</span>
          go-base
        </Link>
        {signedIn &&
          links.map((link) => (
            <Link key={link.href} href={link.href} className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white">
              {t(link.key)}
            </Link>
          ))}
        <div className="ml-auto flex items-center gap-2">
          <LanguageSwitch signedIn={signedIn} />
          <ThemeToggle label={t("toggleDarkMode")} />
          {signedIn ? (
            <SignOutButton label={t("signOut")} />
          ) : (
            <>
              <Link href="/signin" className="rounded-md px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:hover:bg-slate-800">{t("signIn")}</Link>
              <Link href="/signup" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">{t("signUp")}</Link>
            </>
          )}
        </div>
      </nav>
    </header>
  );
}
