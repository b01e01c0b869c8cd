import type { HistoryEntry } from './entry';

/** What decided a warning, without its detail: a listed author, a campaign hashtag, a mention in a new post. */
export const MATCH_KINDS = ['account', 'hashtag', 'mention'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/** Entries written before hashtags and mentions were guarded carry no match: their author decided. */
export function matchOf(entry: HistoryEntry): string {
  return entry.match ?? 'account';
}

export function matchKind(entry: HistoryEntry): MatchKind {
  const match = matchOf(entry);
  return match.startsWith('hashtag:') ? 'hashtag' : match.startsWith('mention:') ? 'mention' : 'account';
}
