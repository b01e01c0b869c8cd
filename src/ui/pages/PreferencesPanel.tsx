import { preferences, type Preferences } from '../../settings/preferences';
import type { Language } from '../language';
import { messages } from '../i18n/messages';

type Toggle = 'markers' | 'logging' | 'strict';
type LanguageSetting = Preferences['language'];

/** Settings that take effect in open tabs at once (tabs watch the stored value). */
export function PreferencesPanel({ lang, prefs }: { lang: Language; prefs: Preferences }) {
  const text = messages(lang).options;
  const save = (change: Partial<Preferences>) => void preferences.setValue({ ...prefs, ...change });
  const languages: [LanguageSetting, string][] = [
    ['auto', text.languageAuto],
    ['id', text.languageIndonesian],
    ['en', text.languageEnglish],
  ];
  const toggle = (name: Toggle, label: string, note?: string) => (
    <p>
      <label>
        <input
          type="checkbox"
          name={name}
          checked={prefs[name]}
          aria-describedby={note ? `${name}-note` : undefined}
          onChange={(event) => save({ [name]: event.currentTarget.checked })}
        />{' '}
        {label}
      </label>
      {note ? (
        <span id={`${name}-note`} class="muted note">
          {note}
        </span>
      ) : null}
    </p>
  );

  return (
    <>
      <fieldset>
        <legend>{text.language}</legend>
        {languages.map(([value, label]) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="language"
              value={value}
              checked={prefs.language === value}
              onChange={() => save({ language: value })}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{text.strictness}</legend>
        {toggle('strict', text.strict, text.strictNote)}
      </fieldset>
      <fieldset>
        <legend>{text.history}</legend>
        {toggle('logging', text.logging, text.loggingNote)}
      </fieldset>
      <fieldset>
        <legend>{text.display}</legend>
        {toggle('markers', text.markers)}
      </fieldset>
    </>
  );
}
