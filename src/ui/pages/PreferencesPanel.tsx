import { preferences, type Preferences } from '../../settings/preferences';
import type { PolicyFlags } from '../../settings/policy-flags';
import type { Language } from '../language';
import { messages } from '../i18n/messages';

type Toggle = 'markers' | 'logging' | 'strict' | 'warnOnlyDuringPeriod';
type LanguageSetting = Preferences['language'];

/**
 * Settings that take effect in open tabs at once (tabs watch the stored
 * value). A setting the institution forces shows the forced value, disabled,
 * with a note; the user's own choice stays stored for when the policy goes.
 */
export function PreferencesPanel({ lang, prefs, managed = {} }: { lang: Language; prefs: Preferences; managed?: PolicyFlags }) {
  const text = messages(lang).options;
  const save = (change: Partial<Preferences>) => void preferences.setValue({ ...prefs, ...change });
  const languages: [LanguageSetting, string][] = [
    ['auto', text.languageAuto],
    ['id', text.languageIndonesian],
    ['en', text.languageEnglish],
  ];
  const toggle = (name: Toggle, label: string, userNote?: string) => {
    const forced = name === 'markers' ? undefined : managed[name];
    const note = forced === undefined ? userNote : forced ? text.managedOn : text.managedOff;
    return (
      <p data-managed={forced === undefined ? undefined : name}>
        <label>
          <input
            type="checkbox"
            name={name}
            checked={forced ?? prefs[name]}
            disabled={forced !== undefined}
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
  };

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
        {toggle('warnOnlyDuringPeriod', text.warnOnlyDuringPeriod, text.warnOnlyDuringPeriodNote)}
        {managed.hideProceed ? <p data-managed="hideProceed">{text.managedHideProceed}</p> : null}
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
