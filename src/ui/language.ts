export type Language = 'id' | 'en';

/** Indonesian for browsers set to Indonesian, English otherwise. */
export function preferredLanguage(languages: readonly string[] = navigator.languages): Language {
  const first = languages[0] ?? 'en';
  return first.toLowerCase().startsWith('id') ? 'id' : 'en';
}
