import { isObject } from '../import';
import { PLATFORMS } from '../platform';

const MAX_PLATFORM = 40;

export interface ListStats {
  entries: number;
  accounts: number;
  /** Campaign hashtags, of the list and of its entries, as written. */
  hashtags: number;
  /** By the platform as written; unknown platforms show up under their own name. */
  byPlatform: Map<string, number>;
}

/** Counts a document as written, so it works on a file that does not validate yet. */
export function listStats(data: unknown): ListStats {
  const entries = isObject(data) && Array.isArray(data['entries']) ? (data['entries'] as unknown[]) : [];
  const byPlatform = new Map<string, number>(PLATFORMS.map((platform) => [platform, 0]));
  let accounts = 0;
  let hashtags = countHashtags(data);
  for (const entry of entries) {
    hashtags += countHashtags(entry);
    const list = isObject(entry) && Array.isArray(entry['accounts']) ? (entry['accounts'] as unknown[]) : [];
    for (const account of list) {
      // Only text counts as a platform: String() of a deeply nested array would overflow the stack.
      const written = isObject(account) ? account['platform'] : undefined;
      const platform = typeof written === 'string' && written.length <= MAX_PLATFORM ? written : 'invalid';
      byPlatform.set(platform, (byPlatform.get(platform) ?? 0) + 1);
      accounts++;
    }
  }
  return { entries: entries.length, accounts, hashtags, byPlatform };
}

function countHashtags(owner: unknown): number {
  const tags = isObject(owner) ? owner['hashtags'] : undefined;
  return Array.isArray(tags) ? tags.length : 0;
}

export function formatStats(file: string, stats: ListStats): string {
  const platforms = [...stats.byPlatform].map(([platform, n]) => `  ${platform.padEnd(10)} ${n}`);
  return [`${file}: ${stats.entries} entries, ${stats.accounts} accounts, ${stats.hashtags} hashtags`, ...platforms].join('\n');
}
