import { useEffect, useState } from 'preact/hooks';
import { listDecisions, openHistoryDb } from '../../history/store';
import type { HistoryEntry } from '../../history/entry';
import { preferredLanguage } from '../language';
import { displayHandle } from '../display-handle';

const TEXT = {
  id: {
    title: 'Riwayat keputusan',
    note: 'Tersimpan hanya di perangkat ini.',
    empty: 'Belum ada keputusan.',
    cols: ['Waktu', 'Akun', 'Tindakan', 'Keputusan', 'Situs'],
    decision: { cancelled: 'dibatalkan', proceeded: 'dilanjutkan' },
  },
  en: {
    title: 'Decision history',
    note: 'Stored on this device only.',
    empty: 'No decisions yet.',
    cols: ['Time', 'Account', 'Action', 'Decision', 'Site'],
    decision: { cancelled: 'cancelled', proceeded: 'proceeded' },
  },
} as const;

export function HistoryPage() {
  const lang = preferredLanguage();
  const text = TEXT[lang];
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    openHistoryDb()
      .then((db) => listDecisions(db))
      .then(setEntries)
      .catch((e: unknown) => setError(String(e)));
  }, []);

  return (
    <>
      <h1>{text.title}</h1>
      <p class="muted">{text.note}</p>
      {error ? <p class="error">{error}</p> : null}
      {entries?.length === 0 ? <p>{text.empty}</p> : null}
      <table aria-busy={entries === null && error === null ? 'true' : 'false'}>
        <thead>
          <tr>
            {text.cols.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries?.map((entry) => (
            <tr
              key={entry.id}
              data-history-entry={entry.id}
              data-account={entry.account}
              data-intent={entry.intent}
              data-decision={entry.decision}
            >
              <td>{new Date(entry.at).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB')}</td>
              <td>
                {entry.entryLabel} <span class="muted">{displayHandle(entry.account)}</span>
              </td>
              <td>{entry.intent}</td>
              <td>{text.decision[entry.decision]}</td>
              <td>{entry.origin}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
