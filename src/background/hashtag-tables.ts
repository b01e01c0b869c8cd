import { PLATFORMS, type Platform } from '../lists/platform';
import type { HashtagKey } from '../lists/hashtag';
import { buildHashtagTable, type ListedHashtag } from '../lists/listed-hashtag';
import type { CandidateList } from '../lists/schema';

export interface HashtagTables {
  hashtags: Map<HashtagKey, ListedHashtag>;
}

/**
 * The listed hashtags, and their keys added to every platform's filter keys:
 * a campaign hashtag counts on every site, and riding in the account filter
 * (`#tag` keys never collide with `platform:id` ones) gives the tab its
 * synchronous "maybe" with no second structure to send, hold or probe.
 */
export function withHashtags(lists: readonly CandidateList[], byPlatform: Map<Platform, string[]>): HashtagTables {
  const hashtags = buildHashtagTable(lists);
  if (hashtags.size === 0) return { hashtags };
  for (const platform of PLATFORMS) {
    const keys = byPlatform.get(platform) ?? [];
    for (const key of hashtags.keys()) keys.push(key);
    byPlatform.set(platform, keys);
  }
  return { hashtags };
}
