import { readFileSync, writeFileSync } from "node:fs";
import { parseDocument } from "yaml";
import { STAMP_KEY } from "./project-localized";
import { unitStamp, type TranslationUnit } from "./translation-units";

/**
 * Writes the current hashes into each unit's stamp (`i18n: { en, zh }`), keeping the rest of the
 * YAML (comments, layout) as it is. Only units with Chinese are stamped. Returns the ids stamped.
 */
export function stampTranslations(units: TranslationUnit[], ids: Set<string> | "all"): string[] {
  const chosen = units.filter((u) => u.zh.length > 0 && (ids === "all" || ids.has(u.id)));
  const byFile = new Map<string, TranslationUnit[]>();
  for (const unit of chosen) byFile.set(unit.file, [...(byFile.get(unit.file) ?? []), unit]);
  for (const [file, fileUnits] of byFile) {
    const text = readFileSync(file, "utf8");
    if (file.endsWith(".json")) {
      const json = JSON.parse(text) as Record<string, unknown>;
      for (const unit of fileUnits) json[STAMP_KEY] = unitStamp(unit);
      writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
      continue;
    }
    const doc = parseDocument(text);
    for (const unit of fileUnits) {
      const node = doc.createNode(unitStamp(unit));
      node.flow = true;
      doc.setIn([...unit.at, STAMP_KEY], node);
    }
    writeFileSync(file, doc.toString({ lineWidth: 0 }));
  }
  return chosen.map((u) => u.id);
}
