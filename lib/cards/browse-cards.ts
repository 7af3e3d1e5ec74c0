import type { Db } from "../db";
import { sqliteAccess } from "../db/sqlite-access";
import { toSqlDate } from "../db/hot-path/sqlite-values";
import { parseInput } from "../errors";
import { CARD_STATE_NAMES, CardState } from "../review/vocabulary";
import { LEECH_TAG } from "../review/detect-leech";
import { browseQuerySchema, type BrowseQuery } from "./browse-schemas";
import { normalizeSearch } from "./search-text";

export type BrowseCard = {
  id: string;
  type: string;
  readOnly: boolean;
  deckId: string | null;
  chapterId: string | null;
  /** the deck's name, or the section's title for a built-in card */
  where: string;
  text: string;
  state: string;
  suspended: boolean;
  buried: boolean;
  due: string | null;
  intervalDays: number | null;
  stability: number | null;
  difficulty: number | null;
  lapses: number;
  reps: number;
  tags: string[];
  createdAt: string;
};

const SORT_COLUMN: Record<string, string> = { due: `uc."due"`, interval: `uc."scheduledDays"`, difficulty: `uc."difficulty"`, lapses: `uc."lapses"`, created: `c."createdAt"` };

/**
 * The SQL is shared by SQLite and PostgreSQL: only the placeholders (`?` or `$n`) and how a
 * date parameter is written differ. Search is a LIKE per word over Card.searchText (see
 * search-text.ts for why not FTS5).
 */
// Placeholders are positional on SQLite: parameters must be added in the order they appear in the SQL text.
class Query {
  readonly params: unknown[] = [];
  constructor(private readonly postgres: boolean) {}
  value(v: unknown): string {
    this.params.push(v);
    return this.postgres ? `$${this.params.length}` : "?";
  }
  date(d: Date): string {
    return this.postgres ? `CAST(${this.value(d.toISOString())} AS TIMESTAMP)` : this.value(toSqlDate(d));
  }
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function whereClause(q: Query, userId: string, f: BrowseQuery, now: Date): string {
  // Each use of a value gets its own placeholder (SQLite's are positional).
  const parts = [`c."retiredAt" IS NULL`, `(c."ownerId" IS NULL OR c."ownerId" = ${q.value(userId)})`];
  for (const word of normalizeSearch(f.q ?? "").split(" ").filter(Boolean).slice(0, 8)) {
    parts.push(`c."searchText" LIKE ${q.value(`%${likeEscape(word)}%`)} ESCAPE '\\'`);
  }
  if (f.deck) {
    parts.push(`(c."deckId" = ${q.value(f.deck)} OR s."chapterId" = ${q.value(f.deck)})`);
  }
  if (f.type) parts.push(`c."type" = ${q.value(f.type)}`);
  const stateNumber = { new: CardState.New, learning: CardState.Learning, review: CardState.Review, relearning: CardState.Relearning } as const;
  if (f.state === "new") parts.push(`(uc."id" IS NULL OR uc."state" = ${CardState.New})`);
  else if (f.state === "suspended") parts.push(`uc."suspended" = true`);
  else if (f.state === "buried") parts.push(`uc."buriedUntil" > ${q.date(now)}`);
  else if (f.state) parts.push(`uc."state" = ${stateNumber[f.state]}`);
  const tagged = (tag: string) => `EXISTS (SELECT 1 FROM "CardTag" t WHERE t."userId" = ${q.value(userId)} AND t."cardId" = c."id" AND t."tag" = ${q.value(tag)})`;
  if (f.tag) parts.push(tagged(f.tag));
  if (f.leech !== undefined) parts.push(f.leech ? tagged(LEECH_TAG) : `NOT ${tagged(LEECH_TAG)}`);
  if (f.dueBefore) parts.push(`uc."due" < ${q.date(f.dueBefore)}`);
  if (f.dueAfter) parts.push(`uc."due" >= ${q.date(f.dueAfter)}`);
  if (f.lapses !== undefined) parts.push(`uc."lapses" >= ${q.value(f.lapses)}`);
  return parts.join(" AND ");
}

const FROM = `FROM "Card" c LEFT JOIN "UserCard" uc ON uc."userId" = USER AND uc."cardId" = c."id" LEFT JOIN "Section" s ON s."id" = c."sectionId" LEFT JOIN "Deck" d ON d."id" = c."deckId"`;

const iso = (v: unknown): string | null => (v === null || v === undefined ? null : (v instanceof Date ? v : new Date(String(v))).toISOString());
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Browse: one page of the cards the user can see, filtered and sorted in SQL, with the total. Three queries. */
export async function browseCards(db: Db, userId: string, input: unknown, now: Date = new Date()): Promise<{ cards: BrowseCard[]; total: number; page: number; pageSize: number }> {
  const f = parseInput(browseQuerySchema, input);
  const postgres = !sqliteAccess(db);
  const build = () => {
    const q = new Query(postgres);
    const user = q.value(userId);
    const from = FROM.replace("USER", user);
    return { q, from, where: whereClause(q, userId, f, now) };
  };

  const count = build();
  const page = build();
  const descending = f.sort.startsWith("-");
  const column = SORT_COLUMN[f.sort.replace("-", "")];
  // NULLs (never-reviewed cards) last either way, the same on both databases.
  const order = `CASE WHEN ${column} IS NULL THEN 1 ELSE 0 END, ${column} ${descending ? "DESC" : "ASC"}, c."id" ASC`;
  const limit = page.q.value(f.pageSize);
  const offset = page.q.value((f.page - 1) * f.pageSize);
  const [totals, rows] = await Promise.all([
    db.$queryRawUnsafe<{ total: unknown }[]>(`SELECT COUNT(*) AS "total" ${count.from} WHERE ${count.where}`, ...count.q.params),
    // The page's ids are sorted first (narrow rows through the sorter), then only those rows are read whole.
    db.$queryRawUnsafe<Record<string, unknown>[]>(
      `SELECT c."id" AS "id", c."type" AS "type", c."ownerId" AS "ownerId", c."deckId" AS "deckId", s."chapterId" AS "chapterId",
        COALESCE(d."name", s."title") AS "where", SUBSTR(c."searchText", 1, 200) AS "text", c."createdAt" AS "createdAt",
        uc."state" AS "state", uc."suspended" AS "suspended", uc."buriedUntil" AS "buriedUntil",
        uc."due" AS "due", uc."scheduledDays" AS "intervalDays", uc."stability" AS "stability", uc."difficulty" AS "difficulty", uc."lapses" AS "lapses", uc."reps" AS "reps"
      FROM (SELECT c."id" AS "id", ROW_NUMBER() OVER (ORDER BY ${order}) AS "position" ${page.from} WHERE ${page.where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}) p
      JOIN "Card" c ON c."id" = p."id" LEFT JOIN "UserCard" uc ON uc."userId" = ${page.q.value(userId)} AND uc."cardId" = c."id"
      LEFT JOIN "Section" s ON s."id" = c."sectionId" LEFT JOIN "Deck" d ON d."id" = c."deckId"
      ORDER BY p."position"`,
      ...page.q.params,
    ),
  ]);
  const ids = rows.map((r) => String(r.id));
  const tags = ids.length ? await db.cardTag.findMany({ where: { userId, cardId: { in: ids } }, orderBy: { tag: "asc" }, select: { cardId: true, tag: true } }) : [];
  const tagsOf = new Map<string, string[]>();
  for (const t of tags) tagsOf.set(t.cardId, [...(tagsOf.get(t.cardId) ?? []), t.tag]);
  const cards = rows.map((r): BrowseCard => {
    const graded = r.state !== null && r.state !== undefined && Number(r.state) !== CardState.New;
    return {
      id: String(r.id),
      type: String(r.type),
      readOnly: r.ownerId === null,
      deckId: (r.deckId as string | null) ?? null,
      chapterId: (r.chapterId as string | null) ?? null,
      where: String(r.where ?? ""),
      text: String(r.text ?? ""),
      state: CARD_STATE_NAMES[graded ? Number(r.state) : CardState.New],
      suspended: r.suspended === true || Number(r.suspended) === 1,
      buried: r.buriedUntil !== null && r.buriedUntil !== undefined && new Date(iso(r.buriedUntil)!).getTime() > now.getTime(),
      due: graded ? iso(r.due) : null,
      intervalDays: graded ? num(r.intervalDays) : null,
      stability: graded ? num(r.stability) : null,
      difficulty: graded ? num(r.difficulty) : null,
      lapses: num(r.lapses) ?? 0,
      reps: num(r.reps) ?? 0,
      tags: tagsOf.get(String(r.id)) ?? [],
      createdAt: iso(r.createdAt)!,
    };
  });
  return { cards, total: Number(totals[0]?.total ?? 0), page: f.page, pageSize: f.pageSize };
}
