import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SettingsForm } from "@/components/settings-form";
import { OptimizerPanel } from "@/components/settings/optimizer-panel";
import { requirePageUserId } from "@/lib/auth/session.server";
import { db } from "@/lib/db.server";
import { listChapterOptions } from "@/lib/decks/list-chapter-options";
import { getOptimizerStatus } from "@/lib/scheduler/get-optimizer-status";
import { getSettings, publicSettings } from "@/lib/settings/get-settings";
import { getLeechSettings } from "@/lib/settings/leech-settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("header"))("settings") };
}

export default async function SettingsPage() {
  const userId = await requirePageUserId("/settings");
  const [settings, leech, optimizer, chapters, decks] = await Promise.all([
    getSettings(db, userId),
    getLeechSettings(db, userId),
    getOptimizerStatus(db, userId),
    getLocale().then((locale) => listChapterOptions(db, locale)),
    db.deck.findMany({ where: { userId, deletedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const t = await getTranslations("settings");
  // The interview can cover chapters and the learner's own decks alike.
  const scopeOptions = [...chapters, ...decks.map((d) => ({ id: d.id, title: t("yourDeck", { name: d.name }) }))];
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t("intro")}</p>
      <SettingsForm initial={{ ...publicSettings(settings), ...leech }} chapters={scopeOptions} />
      <OptimizerPanel initial={optimizer} />
    </div>
  );
}
