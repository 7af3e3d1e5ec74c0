import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t("notFoundBody")}</p>
      <Link href="/" className="mt-6 inline-block text-brand-600 underline">{t("goHome")}</Link>
    </div>
  );
}
