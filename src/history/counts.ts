import { INTENTS, type Intent } from '../guard/intent';
import type { HistoryEntry } from './entry';
import { MATCH_KINDS, matchKind, type MatchKind } from './match';

export interface DecisionCounts {
  total: number;
  cancelled: number;
  proceeded: number;
  byIntent: Record<Intent, number>;
  byMatch: Record<MatchKind, number>;
}

/** Totals for the counts line, in one pass. */
export function countDecisions(entries: readonly HistoryEntry[]): DecisionCounts {
  const byIntent = Object.fromEntries(INTENTS.map((intent) => [intent, 0])) as Record<Intent, number>;
  const byMatch = Object.fromEntries(MATCH_KINDS.map((kind) => [kind, 0])) as Record<MatchKind, number>;
  let proceeded = 0;
  for (const entry of entries) {
    byIntent[entry.intent]++;
    byMatch[matchKind(entry)]++;
    if (entry.decision === 'proceeded') proceeded++;
  }
  return { total: entries.length, cancelled: entries.length - proceeded, proceeded, byIntent, byMatch };
}
