// The review queue on the hot path: four reads (settings, the counts, the next new cards, the
// cards to show) as a flow (flow.ts) that SQLite runs in one synchronous step and PostgreSQL on
// one pooled connection. Why: through Prisma the queue was 9 to 15 queries, each through the JS
// engine's query compiler (~18 ms of CPU a request); see docs/decisions/0007-review-hot-path.md.
import { NEW_CARD_TYPES } from "../../review/card-types";
import { queueFilterKind, queueTakes, type QueueData, type QueueFilter, type QueueFilterKind, type QueueRow } from "../../review/queue-source";
import { CardState } from "../../review/vocabulary";
import { SETTINGS_SQL_COLUMNS, toUserSettingsFromSqlite, type UserSettings } from "../../settings/get-settings";
import { startOfDay } from "../../time/day";
import { all, get, statement, type Flow } from "./flow";
import { fromSqlDate, fromSqlDateOrNull, toSqlDate } from "./sqlite-values";

// Constants of our own code, not input: safe to inline, and it lets SQLite plan with them.
const NEW_TYPES = NEW_CARD_TYPES.map((type) => `'${type.replace(/[^a-z-]/g, "")}'`).join(", ");
const LEARNING = `${CardState.Learning}, ${CardState.Relearning}`;
// The optional filter (one deck, or one chapter): the unfiltered statements stay exactly as
// before, so the common "review everything" queue keeps its covering-index plans.
const FILTER: Record<QueueFilterKind, string> = {
  all: "",
  deck: ` AND c."deckId" = @deckId`,
  chapter: ` AND c."sectionId" IN (SELECT "id" FROM "Section" WHERE "chapterId" = @chapterId)`,
};
const VISIBLE = `uc."userId" = @userId AND uc."suspended" = FALSE AND (uc."buriedUntil" IS NULL OR uc."buriedUntil" <= @now) AND c."retiredAt" IS NULL`;
const NEW_CARD = `c."retiredAt" IS NULL AND c."type" IN (${NEW_TYPES}) AND NOT EXISTS (
  SELECT 1 FROM "UserCard" x WHERE x."userId" = @userId AND x."cardId" = c."id" AND (x."state" <> ${CardState.New} OR x."suspended" = TRUE OR x."buriedUntil" > @now))`;
// SQLite-only (dropped on PostgreSQL, postgres-sql.ts): without ANALYZE statistics the planner prefers (userId, suspended, due) and reads
// every due row's card; the covering index answers the counts from the index alone.
const QUEUE_INDEX = `"UserCard" uc INDEXED BY "UserCard_userId_state_due_suspended_buriedUntil_cardId_idx"`;
const LEARNING_STATES = `IN (${LEARNING})`;
const DUE_PICK = (state: string, filter: string) =>
  `SELECT uc."cardId" AS "cardId", uc."due" AS "due" FROM ${QUEUE_INDEX} JOIN "Card" c ON c."id" = uc."cardId" WHERE ${VISIBLE}${filter} AND uc."state" ${state} AND uc."due" <= @now ORDER BY uc."due"`;
// A deck's own lower review limit: what is left of it today (only decks that set one).
const DECK_REVIEW_ROOM = `SELECT d."id" AS "deckId", d."reviewsPerDay" - (SELECT COUNT(*) FROM "ReviewLog" l JOIN "Card" y ON y."id" = l."cardId"
    WHERE l."userId" = @userId AND l."state" = ${CardState.Review} AND l."review" >= @dayStart AND y."deckId" = d."id") AS "room"
  FROM "Deck" d WHERE d."userId" = @userId AND d."reviewsPerDay" IS NOT NULL`;
// Reviews due, each capped deck ranked by due date and cut at its room. Only users with such a
// deck run this (it ranks every due review); everyone else keeps DUE_PICK's early LIMIT.
const CAPPED_REVIEW_PICK = (filter: string) => `SELECT x."cardId" AS "cardId", x."due" AS "due" FROM (
    SELECT uc."cardId" AS "cardId", uc."due" AS "due", c."deckId" AS "deckId", ROW_NUMBER() OVER (PARTITION BY c."deckId" ORDER BY uc."due") AS "rank"
    FROM ${QUEUE_INDEX} JOIN "Card" c ON c."id" = uc."cardId" WHERE ${VISIBLE}${filter} AND uc."state" = ${CardState.Review} AND uc."due" <= @now
  ) x LEFT JOIN (${DECK_REVIEW_ROOM}) r ON r."deckId" = x."deckId" WHERE r."room" IS NULL OR x."rank" <= r."room" ORDER BY x."due"`;
// CROSS JOIN fixes the loop order in SQLite: from the few picked cards out, never from all the user's rows in.
// Own cards have no section: their deck's name stands in for the section title.
const WIDE_JOIN = `CROSS JOIN "UserCard" uc ON uc."userId" = @userId AND uc."cardId" = p."cardId" CROSS JOIN "Card" c ON c."id" = p."cardId" LEFT JOIN "Section" s ON s."id" = c."sectionId" LEFT JOIN "Deck" d ON d."id" = c."deckId"`;
// The user's language is a parameter (@zh = 1 for Chinese): a card without Chinese falls back to English.
const LOCALIZED = `COALESCE(CASE WHEN @zh = 1 THEN s."titleZh" END, s."title", d."name") AS "sectionTitle", COALESCE(CASE WHEN @zh = 1 THEN c."renderedZh" END, c."rendered") AS "rendered"`;
const USER_CARD_COLUMNS = `uc."cardId" AS "cardId", c."type" AS "type", c."sectionId" AS "sectionId", c."deckId" AS "deckId", ${LOCALIZED},
  uc."state" AS "state", uc."due" AS "due", uc."stability" AS "stability", uc."difficulty" AS "difficulty", uc."elapsedDays" AS "elapsedDays",
  uc."scheduledDays" AS "scheduledDays", uc."learningSteps" AS "learningSteps", uc."reps" AS "reps", uc."lapses" AS "lapses", uc."lastReview" AS "lastReview"`;
// A deck's own lower new-card limit: what is left of it today (only decks that set one).
const DECK_NEW_ROOM = `SELECT d."id" AS "deckId", d."newPerDay" - (SELECT COUNT(*) FROM "UserCard" x JOIN "Card" y ON y."id" = x."cardId"
    WHERE x."userId" = @userId AND x."introducedAt" >= @dayStart AND y."deckId" = d."id") AS "room"
  FROM "Deck" d WHERE d."userId" = @userId AND d."newPerDay" IS NOT NULL`;

const build = (kind: QueueFilterKind, capped: boolean) => {
  const filter = FILTER[kind];
  const reviewPick = capped ? CAPPED_REVIEW_PICK(filter) : DUE_PICK(`= ${CardState.Review}`, filter);
  const key = (name: string) => `queue_${kind}_${capped ? "capped" : "plain"}_${name}`;
  return {
    // deckReviewCaps: whether any of the user's decks lowers the review limit (picks the capped statements).
    settings: statement(
      key("settings"),
      `SELECT ${SETTINGS_SQL_COLUMNS.map((column) => `s.${column}`).join(", ")},
      EXISTS (SELECT 1 FROM "Deck" d WHERE d."userId" = s."userId" AND d."reviewsPerDay" IS NOT NULL AND d."deletedAt" IS NULL) AS "deckReviewCaps" FROM "Settings" s WHERE s."userId" = ?`,
    ),
    counts: statement(
      key("counts"),
      `SELECT
    (SELECT COUNT(*) FROM ${QUEUE_INDEX} JOIN "Card" c ON c."id" = uc."cardId" WHERE ${VISIBLE}${filter} AND uc."state" IN (${LEARNING}) AND uc."due" <= @now) AS "learningCount",
    ${capped ? `(SELECT COUNT(*) FROM (${reviewPick}) AS capped)` : `(SELECT COUNT(*) FROM ${QUEUE_INDEX} JOIN "Card" c ON c."id" = uc."cardId" WHERE ${VISIBLE}${filter} AND uc."state" = ${CardState.Review} AND uc."due" <= @now)`} AS "reviewDueCount",
    (SELECT COUNT(*) FROM "UserCard" WHERE "userId" = @userId AND "introducedAt" >= @dayStart) AS "newToday",
    (SELECT COUNT(*) FROM "ReviewLog" INDEXED BY "ReviewLog_userId_state_review_idx" WHERE "userId" = @userId AND "state" = ${CardState.Review} AND "review" >= @dayStart) AS "reviewsToday"`,
    ),
    // New cards are counted only as far as today's room: counting all of them probes every
    // card of the content for the user's row, and the queue never shows more than the room.
    // Built-in cards come from the covering index in content order; the user's own cards are
    // ranked within their deck so a deck's lower limit caps them.
    newCards: statement(
      key("new_cards"),
      `SELECT "id" FROM (
      SELECT * FROM (SELECT c."id" AS "id", c."globalOrder" AS "globalOrder" FROM "Card" c WHERE c."ownerId" IS NULL AND ${NEW_CARD}${filter} ORDER BY c."globalOrder" LIMIT @room) AS builtin
      UNION ALL SELECT "id", "globalOrder" FROM (
        SELECT c."id" AS "id", c."globalOrder" AS "globalOrder", r."room" AS "deckRoom", ROW_NUMBER() OVER (PARTITION BY c."deckId" ORDER BY c."globalOrder") AS "rank"
        FROM "Card" c LEFT JOIN (${DECK_NEW_ROOM}) r ON r."deckId" = c."deckId" WHERE c."ownerId" = @userId AND ${NEW_CARD}${filter}
      ) AS own WHERE "deckRoom" IS NULL OR "rank" <= "deckRoom") AS picked
    ORDER BY "globalOrder" LIMIT @room`,
    ),
    // Each part picks its cards from the covering index first, then joins the wide rows of only those.
    dueCards: statement(
      key("due_cards"),
      `SELECT * FROM (SELECT 0 AS "part", ${USER_CARD_COLUMNS}, p."due" AS "sortKey" FROM (${DUE_PICK(LEARNING_STATES, filter)} LIMIT @learning) p ${WIDE_JOIN}) AS learning
    UNION ALL SELECT * FROM (SELECT 1 AS "part", ${USER_CARD_COLUMNS}, p."due" AS "sortKey" FROM (${reviewPick} LIMIT @review) p ${WIDE_JOIN}) AS reviews
    ORDER BY "part", "sortKey"`,
    ),
    freshCards: statement(
      key("fresh_cards"),
      `SELECT c."id" AS "cardId", c."type" AS "type", c."sectionId" AS "sectionId", c."deckId" AS "deckId", ${LOCALIZED}
      FROM "Card" c LEFT JOIN "Section" s ON s."id" = c."sectionId" LEFT JOIN "Deck" d ON d."id" = c."deckId"
      WHERE c."id" IN (SELECT "value" FROM json_each(@fresh)) ORDER BY c."globalOrder"`,
    ),
    upcoming: statement(
      key("upcoming"),
      `SELECT
    (SELECT MIN(uc."due") FROM "UserCard" uc JOIN "Card" c ON c."id" = uc."cardId"
      WHERE uc."userId" = @userId AND uc."suspended" = FALSE AND c."retiredAt" IS NULL${filter} AND uc."state" <> ${CardState.New} AND uc."due" > @now) AS "nextDue",
    (SELECT COUNT(*) FROM "UserCard" WHERE "userId" = @userId AND "suspended" = FALSE AND "buriedUntil" > @now) AS "buried"`,
    ),
  };
};
const statementsByKind = {
  all: [build("all", false), build("all", true)],
  deck: [build("deck", false), build("deck", true)],
  chapter: [build("chapter", false), build("chapter", true)],
} as const;

type Counts = { learningCount: number; reviewDueCount: number; newToday: number; reviewsToday: number };
type CardRow = { cardId: string; type: string; sectionId: string | null; deckId: string | null; sectionTitle: string; rendered: string; state: number; due: string; stability: number; difficulty: number; elapsedDays: number; scheduledDays: number; learningSteps: number; reps: number; lapses: number; lastReview: string | null };
type FreshRow = Pick<CardRow, "cardId" | "type" | "sectionId" | "deckId" | "sectionTitle" | "rendered">;

/** The queue's data except `upcoming` (see upcomingFlow); null when the user has no settings row yet (getSettings creates it; the caller falls back). */
export type QueueRead = Omit<QueueData, "upcoming"> & { scope: { filter: QueueFilter; capped: boolean } };

const scopeParams = (filter: QueueFilter) => (filter.deckId ? { deckId: filter.deckId } : filter.chapterId ? { chapterId: filter.chapterId } : {});

export function* readQueueFlow(userId: string, now: Date, limit: number, filter: QueueFilter = {}): Flow<QueueRead | null> {
  const [uncapped, cappedStatements] = statementsByKind[queueFilterKind(filter)];
  const scope = scopeParams(filter);
  const nowText = toSqlDate(now);
  const row = yield* get<Record<string, unknown>>(uncapped.settings, [userId]);
  if (!row) return null;
  const { deckReviewCaps, ...stored } = row;
  const capped = deckReviewCaps === 1;
  const q = capped ? cappedStatements : uncapped;
  const settings: UserSettings = toUserSettingsFromSqlite(stored);
  const dayStart = toSqlDate(startOfDay(now, settings.timezone));
  const counts = (yield* get<Counts>(q.counts, { userId, now: nowText, dayStart, ...scope }))!;
  const newRoom = Math.max(0, settings.newPerDay - counts.newToday);
  // At least one, so that "are new cards waiting behind the daily limit?" still has an answer.
  const newIds = (yield* all<{ id: string }>(q.newCards, { userId, now: nowText, dayStart, room: Math.max(1, newRoom), ...scope })).map((c) => c.id);
  const take = queueTakes(limit, counts.learningCount, Math.min(counts.reviewDueCount, Math.max(0, settings.reviewsPerDay - counts.reviewsToday)), Math.min(newIds.length, newRoom));
  const zh = settings.locale === "zh" ? 1 : 0;
  const due = take.learning + take.review > 0 ? yield* all<CardRow>(q.dueCards, { ...scope, ...(capped ? { dayStart } : {}), userId, now: nowText, learning: take.learning, review: take.review, zh }) : [];
  const fresh = take.fresh > 0 ? yield* all<FreshRow>(q.freshCards, { fresh: JSON.stringify(newIds.slice(0, take.fresh)), zh }) : [];
  const rows: QueueRow[] = [
    ...due.map((r) => ({ cardId: r.cardId, type: r.type, sectionId: r.sectionId, deckId: r.deckId, sectionTitle: r.sectionTitle, rendered: r.rendered, state: { ...r, due: fromSqlDate(r.due), lastReview: fromSqlDateOrNull(r.lastReview) } })),
    ...fresh.map((r) => ({ ...r, state: null })),
  ];
  return { settings, ...counts, newAvailable: newIds.length, rows, scope: { filter, capped } };
}

/** The earliest future due date of a studiable card, and how many cards are buried now: read only when the queue is empty. */
export function* upcomingFlow(userId: string, now: Date, scope: QueueRead["scope"]): Flow<{ nextDue: Date | null; buried: number }> {
  const q = statementsByKind[queueFilterKind(scope.filter)][scope.capped ? 1 : 0];
  const u = (yield* get<{ nextDue: string | null; buried: number }>(q.upcoming, { userId, now: toSqlDate(now), ...scopeParams(scope.filter) }))!;
  return { nextDue: fromSqlDateOrNull(u.nextDue), buried: u.buried };
}
