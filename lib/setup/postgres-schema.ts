/**
 * Derives the PostgreSQL schema from the SQLite one. The models are portable (no
 * provider-specific types), so only three lines change: the banner, the datasource provider
 * and url, and the generated client's output folder.
 */
const BANNER =
  "// GENERATED from prisma/schema.prisma by `npm run db:postgres-schema`: do not edit.\n" +
  "// The url is a placeholder for the CLI: the driver adapter in prisma.config.ts connects.\n\n";

export function postgresSchemaFrom(sqliteSchema: string): string {
  const replace = (text: string, pattern: RegExp, by: string) => {
    if (!pattern.test(text)) throw new Error(`prisma/schema.prisma: expected to find ${pattern}`);
    return text.replace(pattern, by);
  };
  let out = replace(sqliteSchema, /provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
  out = replace(out, /url\s*=\s*env\("DATABASE_URL"\)/, 'url      = "postgresql://localhost/go-base"');
  out = replace(out, /output\s*=\s*"\.\.\/generated\/prisma"/, 'output     = "../../generated/prisma-pg"');
  return BANNER + out;
}
