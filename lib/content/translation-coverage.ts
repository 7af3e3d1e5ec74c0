import type { TranslationUnit } from "./translation-units";
import { staleTranslation } from "./translation-units";

export type LanguageCoverage = {
  /** text fields (a note or prompt counts as one) */
  fields: number;
  /** of those, how many have this language */
  translated: number;
  share: number;
  /** units (chapters, sections, cards, exercises) with every field in this language */
  completeUnits: number;
  units: number;
  /** units whose translation is stale or unstamped (zh only) */
  stale: number;
};

/** Coverage per language over some translation units: English is the source, so it is whole by construction. */
export function translationCoverage(units: TranslationUnit[]): { en: LanguageCoverage; zh: LanguageCoverage } {
  const fields = units.reduce((n, u) => n + u.en.length, 0);
  const zhFields = units.reduce((n, u) => n + u.en.length - u.missing.length, 0);
  const share = (part: number) => (fields ? Math.round((part / fields) * 1000) / 1000 : 1);
  return {
    en: { fields, translated: fields, share: 1, completeUnits: units.length, units: units.length, stale: 0 },
    zh: {
      fields,
      translated: zhFields,
      share: share(zhFields),
      completeUnits: units.filter((u) => u.missing.length === 0).length,
      units: units.length,
      stale: units.filter((u) => staleTranslation(u) !== null).length,
    },
  };
}
