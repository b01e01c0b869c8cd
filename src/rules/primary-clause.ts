import type { Intent } from '../guard/intent';
import type { ClauseText } from './clause';
import { SKB_2022_ONLINE_CAMPAIGN_TEXT, SKB_2022_SOCIAL_MEDIA_TEXT } from './clauses/skb-2022';

/**
 * The clause a warning cites first for each intent, as text only: this is in
 * every content script. The SKB annex names every one of the four acts on a
 * contestant's account literally, so it is the most specific rule to show;
 * one's own post in support is online campaigning.
 */
const PRIMARY: Record<Intent, ClauseText> = {
  like: SKB_2022_SOCIAL_MEDIA_TEXT,
  follow: SKB_2022_SOCIAL_MEDIA_TEXT,
  comment: SKB_2022_SOCIAL_MEDIA_TEXT,
  share: SKB_2022_SOCIAL_MEDIA_TEXT,
  post: SKB_2022_ONLINE_CAMPAIGN_TEXT,
};

/**
 * `byHashtag`: a campaign hashtag, not a listed author, decided the warning.
 * Liking, commenting on or sharing a volunteer's post under it spreads
 * campaign material, which the annex names as online campaigning, not as an
 * act on the contestant's account. A follow is of an account, never of a tag.
 */
export function primaryClause(intent: Intent, byHashtag = false): ClauseText {
  return byHashtag && intent !== 'follow' ? SKB_2022_ONLINE_CAMPAIGN_TEXT : PRIMARY[intent];
}
