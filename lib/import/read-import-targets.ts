import { guidFor } from "../anki/build-anki-export-model";
import type { Db } from "../db";

const CHUNK = 500;

async function inChunks<T, R>(items: readonly T[], read: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await read(items.slice(i, i + CHUNK))));
  return out;
}

export type ExistingOwnCard = { id: string; importKey: string | null; contentHash: string; searchText: string; deckId: string | null; retiredAt: Date | null };

/**
 * What a (re-)import must know before it writes: the user's live decks by name, their cards
 * already imported under these keys, which reviews of those cards exist (and whether the user
 * reviewed them in go-base since), their tags, and which media the user already owns.
 */
export async function readImportTargets(db: Db, userId: string, importKeys: readonly string[], noteGuids: readonly string[], mediaHashes: readonly string[]) {
  const wantedKeys = new Set(importKeys);
  const wantedGuids = new Set(noteGuids);
  const decks = await db.deck.findMany({ where: { userId, deletedAt: null }, select: { id: true, name: true } });
  // All the user's own cards (narrow columns): matched by import key, or by the guid our own
  // export gave them, so a go-base export imported back updates the cards it came from.
  const cards = (await db.card.findMany({ where: { ownerId: userId }, select: { id: true, importKey: true, contentHash: true, searchText: true, deckId: true, retiredAt: true } })).filter(
    (c) => (c.importKey !== null && wantedKeys.has(c.importKey)) || wantedGuids.has(guidFor(c.id)),
  );
  const cardIds = cards.map((c) => c.id);
  const logs = await inChunks(cardIds, (ids) => db.reviewLog.findMany({ where: { userId, cardId: { in: ids } }, select: { id: true, cardId: true } }));
  const tags = await inChunks(cardIds, (ids) => db.cardTag.findMany({ where: { userId, cardId: { in: ids } }, select: { cardId: true, tag: true } }));
  const media = await inChunks(mediaHashes, (hashes) => db.mediaFile.findMany({ where: { userId, sha256: { in: hashes } }, select: { sha256: true } }));
  return {
    decksByName: new Map(decks.map((d) => [d.name.toLowerCase(), d.id])),
    cardsByKey: new Map(cards.flatMap((c) => (c.importKey === null ? [] : [[c.importKey, c as ExistingOwnCard]]))),
    cardsByExportGuid: new Map(cards.map((c) => [guidFor(c.id), c as ExistingOwnCard])),
    logIds: new Set(logs.map((l) => l.id)),
    logCardIds: logs.map((l) => ({ id: l.id, cardId: l.cardId })),
    tagKeys: new Set(tags.map((t) => `${t.cardId}\u0000${t.tag}`)),
    ownedMedia: new Set(media.map((m) => m.sha256)),
  };
}

export type ImportTargets = Awaited<ReturnType<typeof readImportTargets>>;
