import { z } from 'zod';

/** What the user is about to do. Undo actions (unlike, unfollow…) are never intents. */
export const INTENTS = ['like', 'follow', 'comment', 'share'] as const;
export const IntentSchema = z.enum(INTENTS);
export type Intent = z.infer<typeof IntentSchema>;
