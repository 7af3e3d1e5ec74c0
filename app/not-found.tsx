import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">That page does not exist, or it is not yours.</p>
      <Link href="/" className="mt-6 inline-block text-brand-600 underline">Go home</Link>
    </div>
  );
}
