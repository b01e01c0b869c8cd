import { CLAUSES } from '../../rules/catalogue';
import { preferredLanguage } from '../language';

const TEXT = {
  id: {
    title: 'Aturan yang dikutip Jaga Netral',
    note: 'Jaga Netral adalah pengingat, bukan nasihat hukum. Teks di bawah merangkum dokumen resmi; bacalah sumbernya.',
    consequence: 'Kemungkinan akibat',
    sources: 'Sumber',
  },
  en: {
    title: 'Rules Jaga Netral cites',
    note: 'Jaga Netral is a reminder, not legal advice. The text below summarises official documents; read the sources.',
    consequence: 'Possible consequence',
    sources: 'Sources',
  },
} as const;

export function RulesPage() {
  const lang = preferredLanguage();
  const text = TEXT[lang];
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
