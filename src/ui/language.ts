export type Language = 'id' | 'en';
/** What the user chose in the options; `auto` follows the browser. */
export type LanguageSetting = 'auto' | Language;

/** Whether a language tag (`id`, `id-ID`, `en-GB`, …) names this language. */
const names = (tag: string, lang: Language) => tag.toLowerCase().split('-')[0] === lang;

/**
 * Indonesian when any of the browser's preferred languages is Indonesian,
 * not only the first: an Indonesian reader often keeps an English browser
 * with Indonesian further down the list. English otherwise.
 */
export function preferredLanguage(languages: readonly string[] = navigator.languages): Language {
  return languages.some((tag) => names(tag, 'id')) ? 'id' : 'en';
}

export function resolveLanguage(setting: LanguageSetting, languages?: readonly string[]): Language {
  return setting === 'auto' ? preferredLanguage(languages) : setting;
}

/**
 * The warning's language: the user's setting; on `auto` the site's own
 * interface language (its <html lang>) when it is Indonesian or English, so
 * the warning reads like the page it sits on; else the browser's.
 */
export function warningLanguage(setting: LanguageSetting, siteTag: string, languages?: readonly string[]): Language {
  if (setting !== 'auto') return setting;
  if (names(siteTag, 'id')) return 'id';
  return names(siteTag, 'en') ? 'en' : preferredLanguage(languages);
}
