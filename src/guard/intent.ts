/**
 * What the user is about to do. Undo actions (unlike, unfollow…) are never
 * intents. `post` is publishing a new post, reply or quote that mentions a
 * listed account or uses a listed hashtag.
 */
export const INTENTS = ['like', 'follow', 'comment', 'share', 'post'] as const;
export type Intent = (typeof INTENTS)[number];
