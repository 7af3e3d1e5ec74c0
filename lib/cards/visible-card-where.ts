/**
 * The cards a user may see: built-in content (no owner) and their own. Every Card query on a
 * user's behalf goes through this (or ownerId: null for content-only views), so another
 * user's card is invisible: a 404, never a 403.
 */
export const visibleCardWhere = (userId: string) => ({ OR: [{ ownerId: null }, { ownerId: userId }] });

/** Whether a card row with this owner is visible to the user. */
export const isVisibleTo = (card: { ownerId: string | null }, userId: string) => card.ownerId === null || card.ownerId === userId;
