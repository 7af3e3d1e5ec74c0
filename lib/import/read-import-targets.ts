import type { Db } from "../db";

const CHUNK = 500;

async function inChunks<T, R>(items: readonly T[], read: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await read(items.slice(i, i + CHUNK))));
  return out;
}

export type ExistingImportedCard = { id: string; importKey: string; contentHash: string; deckId: string | null; retiredAt: Date | null };

/**
 * What a (re-)import must know before it writes: the user's live decks by name, their cards
 * already imported under these keys, which reviews of those cards exist (and whether the user
 * reviewed them in go-base since), their tags, and which media the user already owns.
 */
export async function readImportTargets(db: Db, userId: string, importKeys: readonly string[], mediaHashes: readonly string[]) {
  const decks = await db.deck.findMany({ where: { userId, deletedAt: null }, select: { id: true, name: true } });
  const cards = (await inChunks(importKeys, (keys) =>
    db.card.findMany({ where: { ownerId: userId, importKey: { in: keys } }, select: { id: true, importKey: true, contentHash: true, deckId: true, retiredAt: true } }),
  )) as ExistingImportedCard[];
  const cardIds = cards.map((c) => c.id);
  const logs = await inChunks(cardIds, (ids) => db.reviewLog.findMany({ where: { userId, cardId: { in: ids } }, select: { id: true, cardId: true } }));
  const tags = await inChunks(cardIds, (ids) => db.cardTag.findMany({ where: { userId, cardId: { in: ids } }, select: { cardId: true, tag: true } }));
  const media = await inChunks(mediaHashes, (hashes) => db.mediaFile.findMany({ where: { userId, sha256: { in: hashes } }, select: { sha256: true } }));
  return {
    decksByName: new Map(decks.map((d) => [d.name.toLowerCase(), d.id])),
    cardsByKey: new Map(cards.map((c) => [c.importKey, c])),
    logIds: new Set(logs.map((l) => l.id)),
    logCardIds: logs.map((l) => ({ id: l.id, cardId: l.cardId })),
    tagKeys: new Set(tags.map((t) => `${t.cardId}\u0000${t.tag}`)),
    ownedMedia: new Set(media.map((m) => m.sha256)),
  };
}

export type ImportTargets = Awaited<ReturnType<typeof readImportTargets>>;
