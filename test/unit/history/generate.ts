import { INTENTS } from '../../../src/guard/intent';
import type { HistoryEntry } from '../../../src/history/entry';
import { PLATFORMS } from '../../../src/lists/platform';

const NAMES = ['Anies Rasyid Baswedan', 'Prabowo Subianto', 'Ganjar Pranowo', 'Muhaimin Iskandar', 'Gibran Rakabuming Raka', 'Mahfud MD'];

/**
 * `count` plausible decisions, newest first, spread over about two years
 * before `newest`, the same for the same seed (mulberry32, so nothing here
 * depends on Math.random).
 */
export function generateHistory(count: number, newest = Date.UTC(2025, 0, 1), seed = 1): HistoryEntry[] {
  let state = seed;
  const next = (n: number) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const step = Math.floor((2 * 365 * 86_400_000) / count);
  return Array.from({ length: count }, (_, i) => {
    const person = next(NAMES.length * 40);
    const platform = PLATFORMS[next(PLATFORMS.length)]!;
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      at: newest - i * step - next(step),
      platform,
      account: `${platform}:candidate${person}`,
      entryLabel: `${NAMES[person % NAMES.length]!} ${person}`,
      listId: 'pilpres-2024',
      intent: INTENTS[next(INTENTS.length)]!,
      clause: 'skb-2022-lampiran-ii-media-sosial',
      decision: next(4) === 0 ? 'proceeded' : 'cancelled',
      origin: 'https://x.com',
    };
  });
}
