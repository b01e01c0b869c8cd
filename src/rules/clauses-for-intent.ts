import type { Intent } from '../guard/intent';
import type { Clause } from './clause';
import { CLAUSES, SKB_2022_ONLINE_CAMPAIGN, SKB_2022_SOCIAL_MEDIA } from './catalogue';

/**
 * The clause a warning cites first for each intent. The SKB annex names every
 * one of the four acts on a contestant's account literally, so it is the most
 * specific rule to show; one's own post in support is online campaigning.
 */
const PRIMARY: Record<Intent, Clause> = {
  like: SKB_2022_SOCIAL_MEDIA,
  follow: SKB_2022_SOCIAL_MEDIA,
  comment: SKB_2022_SOCIAL_MEDIA,
  share: SKB_2022_SOCIAL_MEDIA,
  post: SKB_2022_ONLINE_CAMPAIGN,
};

/**
 * `byHashtag`: a campaign hashtag, not a listed author, decided the warning.
 * Liking or sharing a volunteer's post under it spreads campaign material,
 * which the annex names as online campaigning, not as an act on the
 * contestant's account.
 */
export function primaryClause(intent: Intent, byHashtag = false): Clause {
  return byHashtag && SKB_2022_ONLINE_CAMPAIGN.intents.includes(intent) ? SKB_2022_ONLINE_CAMPAIGN : PRIMARY[intent];
}

/** Every clause bearing on the intent, primary first. */
export function clausesFor(intent: Intent): Clause[] {
  const primary = PRIMARY[intent];
  return [primary, ...CLAUSES.filter((c) => c !== primary && c.intents.includes(intent))];
}

export function clauseById(id: string): Clause | undefined {
  return CLAUSES.find((c) => c.id === id);
}
