import { randomUUID } from "node:crypto";
import { State } from "ts-fsrs";
import type { PreparedAnkiCard, PreparedAnkiImport } from "../anki/prepare-anki-import";
import { ownCardColumns } from "../cards/create-card";
import { contentHash } from "../content/render-card";
import { ownCardOrder } from "../cards/own-card-order";
import type { Db } from "../db";
import type { Prisma } from "../../generated/prisma/client";
import { deckNameSchema } from "../decks/deck-schemas";
import { cardStateJson, fromFsrsCard } from "../review/card-state";
import { snapshotFromSettings } from "../review/scheduler";
import { getSettings } from "../settings/get-settings";
import { dayKey } from "../time/day";
import { mediaTypeOf } from "./media-type";
import { ownCardSource } from "./own-card-sources";
import { readImportTargets } from "./read-import-targets";
import type { ImportReport } from "./import-report";
import { importedReviewId } from "./review-log-id";
import { storeMediaFiles } from "./store-media-files";
import { partialReason, skipReason } from "./skip-reason";
import { writeImportRows } from "./write-import-rows";

export const importKeyOf = (card: Pick<PreparedAnkiCard, "noteGuid" | "ord">) => `${card.noteGuid}:${card.ord}`;
const SUSPENDED_QUEUE = -1;

export type ImportAnkiOptions = {
  dataDir: string;
  now?: Date;
  /** Called (awaited) with the share of cards turned into rows, every 1,000 cards and before the write: the job's heartbeat. */
  onProgress?: (done: number) => unknown;
};

/**
 * Writes a prepared Anki package into the user's account: one own deck per Anki deck (a live
 * deck of the same name is reused), own cards rendered like the editor's, their schedule and
 * review history from the FSRS replay, tags, and the media they show. A card imported before
 * (same note guid and card ordinal: Card.importKey) is updated, never duplicated; its history
 * gains only reviews it lacks, and a card reviewed in go-base since keeps its go-base schedule.
 * Every row is written in one transaction (writeImportRows), so a failure leaves nothing half-imported
 * (media files are written first, by hash, and are unreachable until their MediaFile row is).
 */
export async function importAnki(db: Db, userId: string, prepared: PreparedAnkiImport, options: ImportAnkiOptions): Promise<ImportReport> {
  const now = options.now ?? new Date();
  const settings = await getSettings(db, userId);
  const snapshot = JSON.stringify(snapshotFromSettings(settings));
  const hashByName = new Map(prepared.media.map((m) => [m.name, m.sha256]));
  const mediaUrl = (name: string) => (hashByName.has(name) ? `/api/media/${hashByName.get(name)}` : null);
  const skipped: ImportReport["skipped"] = prepared.skipped.map((s) => ({ noteGuid: s.noteGuid, code: s.code, params: s.params, ...(s.scope === "part" ? { reason: partialReason(s.reason), partial: true } : { reason: s.reason }) }));
  let skippedCards = prepared.counts.skippedCards;

  const cards = prepared.cards.flatMap((card) => {
    const mapped = ownCardSource(card.content, mediaUrl);
    if ("skip" in mapped) {
      skipped.push({ noteGuid: card.noteGuid, ...mapped.skip });
      skippedCards++;
      return [];
    }
    return [{ card, source: mapped.source, key: importKeyOf(card) }];
  });
  const targets = await readImportTargets(db, userId, cards.map((c) => c.key), cards.map((c) => c.card.noteGuid), prepared.media.map((m) => m.sha256));

  const newDecks: { id: string; userId: string; name: string; createdAt: Date }[] = [];
  const deckIdFor = (ankiName: string) => {
    const name = deckNameSchema.safeParse(ankiName.slice(0, 100)).data ?? "Anki import";
    let id = targets.decksByName.get(name.toLowerCase());
    if (!id) {
      id = randomUUID();
      targets.decksByName.set(name.toLowerCase(), id);
      newDecks.push({ id, userId, name, createdAt: now });
    }
    return id;
  };

  const cardRows = [];
  const cardUpdates = [];
  const userCardRows = [];
  const replacedStates: string[] = [];
  const logRows: Prisma.ReviewLogCreateManyInput[] = [];
  const tagRows = [];
  const importedNotes = new Set<string>();
  let imported = 0;
  let updated = 0;
  const logsByCard = new Map<string, string[]>();
  for (const l of targets.logCardIds) logsByCard.set(l.cardId, [...(logsByCard.get(l.cardId) ?? []), l.id]);

  for (const [index, { card, source, key }] of cards.entries()) {
    if (index % 1000 === 999) await options.onProgress?.(index / cards.length);
    const deckId = deckIdFor(card.deckName);
    const byKey = targets.cardsByKey.get(key);
    // A note our own export wrote (one card per note): the go-base card it came from.
    const ownExport = byKey ? undefined : card.ord === 0 ? targets.cardsByExportGuid.get(card.noteGuid) : undefined;
    const existing = byKey ?? ownExport;
    const id = existing?.id ?? randomUUID();
    importedNotes.add(card.noteGuid);
    if (existing) {
      updated++;
      // Rendering is the costly part: an unchanged card in the same deck is not rendered again.
      const changed = existing.contentHash !== contentHash(source) || existing.deckId !== deckId || existing.retiredAt !== null;
      const columns = changed ? ownCardColumns(id, source) : null;
      // Our export turns markdown into HTML: the card keeps its markdown unless its text changed in Anki.
      if (columns && !(ownExport && columns.searchText === existing.searchText && existing.deckId === deckId && existing.retiredAt === null)) cardUpdates.push({ id, deckId, ...columns });
    } else {
      imported++;
      const columns = ownCardColumns(id, source);
      // Increasing createdAt keeps Anki's note order among the new cards.
      cardRows.push({ id, ownerId: userId, deckId, importKey: key, ...columns, order: 0, globalOrder: ownCardOrder(now), frequency: "medium", difficulty: "medium", createdAt: new Date(now.getTime() + imported) });
    }
    const reviewIds = card.replay.reviews.map((r) => importedReviewId(userId, key, r.ankiRevlogId));
    const wanted = new Set(reviewIds);
    const reviewedHere = (logsByCard.get(id) ?? []).some((logId) => !wanted.has(logId));
    if (ownExport) {
      // go-base holds this card's schedule and history already: the package's copy of them is not replayed over it.
    } else if (reviewedHere) {
      skipped.push({ noteGuid: card.noteGuid, ...skipReason("reviewedHere") });
    } else {
      if (existing) replacedStates.push(id);
      const suspended = card.scheduling.queue === SUSPENDED_QUEUE;
      const state = fromFsrsCard(card.replay.card);
      if (state.state !== State.New || suspended) {
        userCardRows.push({ id: randomUUID(), userId, cardId: id, ...state, introducedAt: card.replay.reviews[0]?.review ?? null, suspended, updatedAt: now });
      }
      card.replay.reviews.forEach((r, i) => {
        if (targets.logIds.has(reviewIds[i])) return;
        logRows.push({
          id: reviewIds[i], userId, cardId: id, rating: r.rating, state: r.log.state, due: r.log.due, stability: r.log.stability, difficulty: r.log.difficulty,
          elapsedDays: r.log.elapsed_days, lastElapsedDays: r.log.last_elapsed_days, scheduledDays: r.log.scheduled_days, learningSteps: r.log.learning_steps,
          review: r.review, prevDue: r.prevDue, durationMs: Math.min(r.durationMs, 2_147_483_647), scheduler: snapshot,
          cardAfter: JSON.stringify({ cardId: id, ...cardStateJson(fromFsrsCard(r.cardAfter)) }), chosenDue: null, day: dayKey(r.review, settings.timezone), createdAt: now,
        });
      });
    }
    for (const tag of new Set(card.tags.map((t) => t.trim().slice(0, 100)).filter(Boolean))) {
      if (!targets.tagKeys.has(`${id}\u0000${tag}`)) tagRows.push({ userId, cardId: id, tag });
      targets.tagKeys.add(`${id}\u0000${tag}`);
    }
  }

  // Two names for the same bytes are one file.
  const mediaRows = [...new Map(prepared.media.map((m) => [m.sha256, m])).values()]
    .filter((m) => !targets.ownedMedia.has(m.sha256))
    .map((m) => ({ userId, sha256: m.sha256, name: m.name.slice(0, 255), mime: mediaTypeOf(m.name), size: m.bytes.length, createdAt: now }));
  storeMediaFiles(options.dataDir, prepared.media);
  await options.onProgress?.(1);

  await writeImportRows(db, { userId, decks: newDecks, cards: cardRows, cardUpdates, replaceUserCardsOf: replacedStates, userCards: userCardRows, logs: logRows, tags: tagRows, media: mediaRows });
  return { notes: importedNotes.size, cards: { imported, updated, skipped: skippedCards }, reviews: logRows.length, media: prepared.media.length, skipped };
}
