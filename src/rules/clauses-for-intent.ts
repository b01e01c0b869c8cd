import type { Intent } from '../guard/intent';
import type { Clause } from './clause';
import { CLAUSES, SKB_2022_SOCIAL_MEDIA } from './catalogue';

/**
 * The clause a warning cites first for each intent. The SKB annex names every
 * one of the four acts literally, so it is the most specific rule to show.
 */
const PRIMARY: Record<Intent, Clause> = {
  like: SKB_2022_SOCIAL_MEDIA,
  follow: SKB_2022_SOCIAL_MEDIA,
  comment: SKB_2022_SOCIAL_MEDIA,
  share: SKB_2022_SOCIAL_MEDIA,
};

export function primaryClause(intent: Intent): Clause {
  return PRIMARY[intent];
}

/** Every clause bearing on the intent, primary first. */
export function clausesFor(intent: Intent): Clause[] {
  const primary = PRIMARY[intent];
  return [primary, ...CLAUSES.filter((c) => c !== primary && c.intents.includes(intent))];
}

export function clauseById(id: string): Clause | undefined {
  return CLAUSES.find((c) => c.id === id);
}
