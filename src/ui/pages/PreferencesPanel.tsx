import { useEffect, useState } from 'preact/hooks';
import { parsePreferences, preferences, readPreferences, type Preferences } from '../../settings/preferences';
import type { Language } from '../language';

const TEXT = {
  id: {
    heading: 'Tampilan',
    markers: 'Tandai unggahan dan profil akun yang terdaftar dengan label kecil',
  },
  en: {
    heading: 'Display',
    markers: 'Mark posts and profiles of listed accounts with a small label',
  },
} as const;

/** Settings that take effect in open tabs at once (tabs watch the stored value). */
export function PreferencesPanel({ lang }: { lang: Language }) {
  const text = TEXT[lang];
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  useEffect(() => {
    void readPreferences().then(setPrefs);
    return preferences.watch((value) => setPrefs(parsePreferences(value)));
  }, []);

  if (!prefs) return null;
  return (
    <>
      <h2>{text.heading}</h2>
      <label>
        <input
          type="checkbox"
          name="markers"
          checked={prefs.markers}
          onChange={(event) => void preferences.setValue({ ...prefs, markers: event.currentTarget.checked })}
        />{' '}
        {text.markers}
      </label>
    </>
  );
}
