/** What the user is about to do. Undo actions (unlike, unfollow…) are never intents. */
export const INTENTS = ['like', 'follow', 'comment', 'share'] as const;
export type Intent = (typeof INTENTS)[number];
