import { useEffect, useState } from 'preact/hooks';
import { parsePreferences, preferences, readPreferences, type Preferences } from '../../settings/preferences';
import { resolveLanguage, type Language } from '../language';

export interface PageSettings {
  prefs: Preferences;
  /** The user's choice, else the browser's. */
  lang: Language;
}

/**
 * An extension page's preferences and language, kept current when another
 * page changes them. Null until first read, so a page never flashes in the
 * other language. The document's `lang` follows, for screen readers.
 */
export function usePageSettings(): PageSettings | null {
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  useEffect(() => {
    void readPreferences().then(setPrefs);
    return preferences.watch((value) => setPrefs(parsePreferences(value)));
  }, []);
  const lang = prefs ? resolveLanguage(prefs.language) : null;
  useEffect(() => {
    if (lang) document.documentElement.lang = lang;
  }, [lang]);
  return prefs && lang ? { prefs, lang } : null;
}
