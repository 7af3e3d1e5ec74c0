import Link from "next/link";
import { primaryButton, secondaryButton } from "./ui";

const features = [
  { title: "FSRS scheduling", body: "Reviews land right before you would forget, with every grade's next interval shown on its button." },
  { title: "Keyboard first", body: "Space to reveal, 1–4 to grade, U to undo. The next card is already there." },
  { title: "Built from real notes", body: "Caches, maps, rate limiters, locks, CAP, Linux internals: accurate cards with the why behind each answer." },
];

export function Landing() {
  return (
    <div className="py-10">
      <section className="max-w-2xl">
        <p className="font-mono text-sm text-brand-600 dark:text-brand-100">spaced repetition · exercises · interview prep</p>
        <h1 className="mt-3 text-4xl font-bold tracking-tight sm:text-5xl">Remember the backend engineering you learn.</h1>
        <p className="mt-4 text-lg text-slate-600 dark:text-slate-300">
          go-base turns notes on caches, distributed systems, data structures and Linux into a daily review that takes minutes, not hours.
        </p>
        <div className="mt-8 flex gap-3">
          <Link href="/signup" className={primaryButton}>Start learning</Link>
          <Link href="/signin" className={secondaryButton}>Sign in</Link>
        </div>
      </section>
      <section aria-label="Features" className="mt-14 grid gap-4 sm:grid-cols-3">
        {features.map((f) => (
          <div key={f.title} className="rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
            <h2 className="font-semibold">{f.title}</h2>
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{f.body}</p>
          </div>
        ))}
      </section>
    </div>
  );
}
