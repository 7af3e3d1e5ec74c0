// Values as Prisma's better-sqlite3 adapter stores them, so rows written by the hot path and
// by Prisma are indistinguishable: DateTime as ISO text with an explicit offset, Boolean as 0/1.

export const toSqlDate = (date: Date): string => date.toISOString().replace("Z", "+00:00");
export const toSqlDateOrNull = (date: Date | null): string | null => (date ? toSqlDate(date) : null);
export const fromSqlDate = (text: string): Date => new Date(text);
export const fromSqlDateOrNull = (text: string | null): Date | null => (text === null ? null : new Date(text));
