import { useEffect } from 'preact/hooks';
import { CLAUSES } from '../../rules/catalogue';
import { messages } from '../i18n/messages';
import { usePageSettings } from './use-preferences';

export function RulesPage() {
  const settings = usePageSettings();
  const shown = settings !== null;
  // The page renders once the language is known, after the browser has
  // looked for the #clause anchor the warning linked to: scroll to it here.
  useEffect(() => {
    if (shown && location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }, [shown]);
  if (!settings) return null;
  const { lang } = settings;
  const text = messages(lang).rules;
  return (
    <>
      <h1>{text.title}</h1>
      <p class="muted">{text.note}</p>
      {CLAUSES.map((clause) => (
        <section key={clause.id} id={clause.id} data-clause={clause.id}>
          <h2>{clause.citation}</h2>
          <p>{clause.summary[lang]}</p>
          <p>
            <strong>{text.consequence}: </strong>
            {clause.consequence[lang]}
          </p>
          <p>{text.sources}:</p>
          <ul>
            {clause.sources.map((source) => (
              <li key={source}>
                {source.startsWith('https://') ? (
                  <a href={source} rel="noreferrer noopener" target="_blank">
                    {source}
                  </a>
                ) : (
                  source
                )}
              </li>
            ))}
          </ul>
          {clause.caveat ? <p class="muted">{clause.caveat[lang]}</p> : null}
        </section>
      ))}
    </>
  );
}
