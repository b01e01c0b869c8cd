export type Language = 'id' | 'en';
/** What the user chose in the options; `auto` follows the browser. */
export type LanguageSetting = 'auto' | Language;

/** Indonesian for browsers set to Indonesian, English otherwise. */
export function preferredLanguage(languages: readonly string[] = navigator.languages): Language {
  const first = languages[0] ?? 'en';
  return first.toLowerCase().startsWith('id') ? 'id' : 'en';
}

export function resolveLanguage(setting: LanguageSetting, languages?: readonly string[]): Language {
  return setting === 'auto' ? preferredLanguage(languages) : setting;
}
