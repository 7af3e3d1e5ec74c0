// The review queue on SQLite: four prepared statements (settings, the counts, the next new
// cards, the cards to show) run in one synchronous step on the Prisma client's connection. Why: through Prisma the queue
// was 9 to 15 queries, each through the JS engine's query compiler (~18 ms of CPU a request);
// see docs/decisions/0007-review-hot-path.md. The SQL is portable apart from the placeholders.
import { NEW_CARD_TYPES } from "../../review/card-types";
import { queueTakes, type QueueData, type QueueRow } from "../../review/queue-source";
import { CardState } from "../../review/vocabulary";
import { SETTINGS_SQL_COLUMNS, toUserSettingsFromSqlite, type UserSettings } from "../../settings/get-settings";
import { startOfDay } from "../../time/day";
import type { SqliteAccess } from "../sqlite-access";
import { preparedFor } from "./prepared";
import { fromSqlDate, fromSqlDateOrNull, toSqlDate } from "./sqlite-values";

// Constants of our own code, not input: safe to inline, and it lets SQLite plan with them.
const NEW_TYPES = NEW_CARD_TYPES.map((type) => `'${type.replace(/[^a-z-]/g, "")}'`).join(", ");
const LEARNING = `${CardState.Learning}, ${CardState.Relearning}`;
const VISIBLE = `uc."userId" = @userId AND uc."suspended" = 0 AND (uc."buriedUntil" IS NULL OR uc."buriedUntil" <= @now) AND c."retiredAt" IS NULL`;
const NEW_CARD = `c."retiredAt" IS NULL AND c."type" IN (${NEW_TYPES}) AND NOT EXISTS (
  SELECT 1 FROM "UserCard" x WHERE x."userId" = @userId AND x."cardId" = c."id" AND (x."state" <> ${CardState.New} OR x."suspended" = 1 OR x."buriedUntil" > @now))`;
// SQLite-only: without ANALYZE statistics the planner prefers (userId, suspended, due) and reads
// every due row's card; the covering index answers the counts from the index alone.
const QUEUE_INDEX = `"UserCard" uc INDEXED BY "UserCard_userId_state_due_suspended_buriedUntil_cardId_idx"`;
const LEARNING_STATES = `IN (${LEARNING})`;
const DUE_PICK = (state: string) =>
  `SELECT uc."cardId" AS "cardId", uc."due" AS "due" FROM ${QUEUE_INDEX} JOIN "Card" c ON c."id" = uc."cardId" WHERE ${VISIBLE} AND uc."state" ${state} AND uc."due" <= @now ORDER BY uc."due"`;
// CROSS JOIN fixes the loop order in SQLite: from the few picked cards out, never from all the user's rows in.
const WIDE_JOIN = `CROSS JOIN "UserCard" uc ON uc."userId" = @userId AND uc."cardId" = p."cardId" CROSS JOIN "Card" c ON c."id" = p."cardId" CROSS JOIN "Section" s ON s."id" = c."sectionId"`;
// The user's language is a parameter (@zh = 1 for Chinese): a card without Chinese falls back to English.
const LOCALIZED = `COALESCE(CASE WHEN @zh = 1 THEN s."titleZh" END, s."title") AS "sectionTitle", COALESCE(CASE WHEN @zh = 1 THEN c."renderedZh" END, c."rendered") AS "rendered"`;
const USER_CARD_COLUMNS = `uc."cardId" AS "cardId", c."type" AS "type", c."sectionId" AS "sectionId", ${LOCALIZED},
  uc."state" AS "state", uc."due" AS "due", uc."stability" AS "stability", uc."difficulty" AS "difficulty", uc."elapsedDays" AS "elapsedDays",
  uc."scheduledDays" AS "scheduledDays", uc."learningSteps" AS "learningSteps", uc."reps" AS "reps", uc."lapses" AS "lapses", uc."lastReview" AS "lastReview"`;

const statements = preparedFor((sql) => ({
  settings: sql(`SELECT ${SETTINGS_SQL_COLUMNS.join(", ")} FROM "Settings" WHERE "userId" = ?`),
  counts: sql(`SELECT
    (SELECT COUNT(*) FROM ${QUEUE_INDEX} JOIN "Card" c ON c."id" = uc."cardId" WHERE ${VISIBLE} AND uc."state" IN (${LEARNING}) AND uc."due" <= @now) AS "learningCount",
    (SELECT COUNT(*) FROM ${QUEUE_INDEX} JOIN "Card" c ON c."id" = uc."cardId" WHERE ${VISIBLE} AND uc."state" = ${CardState.Review} AND uc."due" <= @now) AS "reviewDueCount",
    (SELECT COUNT(*) FROM "UserCard" WHERE "userId" = @userId AND "introducedAt" >= @dayStart) AS "newToday",
    (SELECT COUNT(*) FROM "ReviewLog" INDEXED BY "ReviewLog_userId_state_review_idx" WHERE "userId" = @userId AND "state" = ${CardState.Review} AND "review" >= @dayStart) AS "reviewsToday"`),
  // New cards are counted only as far as today's room: counting all of them probes every
  // card of the content for the user's row, and the queue never shows more than the room.
  newCards: sql(`SELECT c."id" AS "id" FROM "Card" c WHERE ${NEW_CARD} ORDER BY c."globalOrder" LIMIT @room`),
  // Each part picks its cards from the covering index first, then joins the wide rows of only those.
  cards: sql(`SELECT * FROM (SELECT 0 AS "part", ${USER_CARD_COLUMNS}, p."due" AS "sortKey" FROM (${DUE_PICK(LEARNING_STATES)} LIMIT @learning) p ${WIDE_JOIN})
    UNION ALL SELECT * FROM (SELECT 1 AS "part", ${USER_CARD_COLUMNS}, p."due" AS "sortKey" FROM (${DUE_PICK(`= ${CardState.Review}`)} LIMIT @review) p ${WIDE_JOIN})
    UNION ALL SELECT * FROM (SELECT 2 AS "part", c."id" AS "cardId", c."type" AS "type", c."sectionId" AS "sectionId", ${LOCALIZED},
        NULL AS "state", NULL AS "due", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, c."globalOrder" AS "sortKey"
      FROM "Card" c JOIN "Section" s ON s."id" = c."sectionId"
      WHERE c."id" IN (SELECT "value" FROM json_each(@fresh)))
    ORDER BY "part", "sortKey"`),
  upcoming: sql(`SELECT
    (SELECT MIN(uc."due") FROM "UserCard" uc JOIN "Card" c ON c."id" = uc."cardId"
      WHERE uc."userId" = @userId AND uc."suspended" = 0 AND c."retiredAt" IS NULL AND uc."state" <> ${CardState.New} AND uc."due" > @now) AS "nextDue",
    (SELECT COUNT(*) FROM "UserCard" WHERE "userId" = @userId AND "suspended" = 0 AND "buriedUntil" > @now) AS "buried"`),
}));

type Counts = { learningCount: number; reviewDueCount: number; newToday: number; reviewsToday: number };
type CardRow = { cardId: string; type: string; sectionId: string; sectionTitle: string; rendered: string; state: number | null; due: string | null; stability: number; difficulty: number; elapsedDays: number; scheduledDays: number; learningSteps: number; reps: number; lapses: number; lastReview: string | null };

/** Null when the user has no settings row yet (getSettings creates it; the caller falls back). */
export async function readQueueSqlite(access: SqliteAccess, userId: string, now: Date, limit: number): Promise<QueueData | null> {
  const sqlite = access.current ?? (await access.connection());
  const q = statements(sqlite);
  const nowText = toSqlDate(now);
  return access.gate.run(() => {
    const stored = q.settings.get(userId) as Record<string, unknown> | undefined;
    if (!stored) return null;
    const settings: UserSettings = toUserSettingsFromSqlite(stored);
    const counts = q.counts.get({ userId, now: nowText, dayStart: toSqlDate(startOfDay(now, settings.timezone)) }) as Counts;
    const newRoom = Math.max(0, settings.newPerDay - counts.newToday);
    // At least one, so that "are new cards waiting behind the daily limit?" still has an answer.
    const newIds = (q.newCards.all({ userId, now: nowText, room: Math.max(1, newRoom) }) as { id: string }[]).map((c) => c.id);
    const take = queueTakes(limit, counts.learningCount, Math.min(counts.reviewDueCount, Math.max(0, settings.reviewsPerDay - counts.reviewsToday)), Math.min(newIds.length, newRoom));
    const params = { userId, now: nowText, learning: take.learning, review: take.review, fresh: JSON.stringify(newIds.slice(0, take.fresh)), zh: settings.locale === "zh" ? 1 : 0 };
    const rows = (q.cards.all(params) as CardRow[]).map(
      (r): QueueRow => ({
        cardId: r.cardId,
        type: r.type,
        sectionId: r.sectionId,
        sectionTitle: r.sectionTitle,
        rendered: r.rendered,
        state: r.state === null || r.due === null ? null : { ...r, state: r.state, due: fromSqlDate(r.due), lastReview: fromSqlDateOrNull(r.lastReview) },
      }),
    );
    const upcoming = () =>
      access.gate.run(() => {
        const u = q.upcoming.get({ userId, now: nowText }) as { nextDue: string | null; buried: number };
        return { nextDue: fromSqlDateOrNull(u.nextDue), buried: u.buried };
      });
    return { settings, ...counts, newAvailable: newIds.length, rows, upcoming };
  });
}
