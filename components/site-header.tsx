import Link from "next/link";
import { currentUserId } from "@/lib/auth/session.server";
import { SignOutButton } from "./sign-out-button";
import { ThemeToggle } from "./theme-toggle";

const links = [
  { href: "/", label: "Home" },
  { href: "/review", label: "Review" },
  { href: "/decks", label: "Decks" },
  { href: "/browse", label: "Browse" },
  { href: "/exercises", label: "Exercises" },
  { href: "/quiz", label: "Quiz" },
  { href: "/progress", label: "Progress" },
  { href: "/settings", label: "Settings" },
];

export async function SiteHeader() {
  const signedIn = Boolean(await currentUserId());
  return (
    <header className="border-b border-slate-200 bg-white/80 backdrop-blur dark:border-slate-800 dark:bg-slate-900/80">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-1 px-4 py-3 sm:px-6">
        <Link href="/" className="mr-4 flex items-center gap-2 font-semibold tracking-tight">
          <span aria-hidden className="grid size-7 place-items-center rounded-md bg-brand-600 font-mono text-sm text-white">gb</span>
          go-base
        </Link>
        {signedIn &&
          links.map((link) => (
            <Link key={link.href} href={link.href} className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white">
              {link.label}
            </Link>
          ))}
        <div className="ml-auto flex items-center gap-2">
          <ThemeToggle />
          {signedIn ? (
            <SignOutButton />
          ) : (
            <>
              <Link href="/signin" className="rounded-md px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:hover:bg-slate-800">Sign in</Link>
              <Link href="/signup" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">Sign up</Link>
            </>
          )}
        </div>
      </nav>
    </header>
  );
}
