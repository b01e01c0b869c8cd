/**
 * Decisions as src/history/entry.ts's HistoryEntrySchema accepts them, made
 * inside an extension page (page.evaluate ships this function's source, so
 * it may use nothing from this module's scope).
 */
export function makeEntries(count: number, newest: number): unknown[] {
  const platforms = [
    ['x', 'https://x.com'],
    ['facebook', 'https://www.facebook.com'],
    ['instagram', 'https://www.instagram.com'],
    ['tiktok', 'https://www.tiktok.com'],
    ['youtube', 'https://www.youtube.com'],
    ['threads', 'https://www.threads.net'],
  ] as const;
  const intents = ['like', 'follow', 'comment', 'share'] as const;
  return Array.from({ length: count }, (_, i) => {
    const [platform, origin] = platforms[i % platforms.length]!;
    return {
      id: crypto.randomUUID(),
      // One a minute back from `newest`: 100,000 span about ten weeks.
      at: newest - i * 60_000,
      platform,
      account: `${platform}:calon_${i % 300}`,
      entryLabel: `Calon ${i % 300}`,
      listId: 'pilpres-2024',
      intent: intents[i % intents.length]!,
      clause: 'bkn-kominfo-2023-aturan-media-sosial',
      decision: i % 3 === 0 ? 'proceeded' : 'cancelled',
      origin,
    };
  });
}
