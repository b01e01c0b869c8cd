import { useEffect, useState } from 'preact/hooks';
import { send } from '../../messaging/send';
import { ImportResponseSchema, SummaryResponseSchema, type ImportResponse, type SummaryResponse } from '../../messaging/protocol';
import { preferredLanguage } from '../language';
import { ImportResult } from './ImportResult';
import { PreferencesPanel } from './PreferencesPanel';

const TEXT = {
  id: {
    title: 'Pengaturan Jaga Netral',
    lists: 'Daftar yang aktif',
    name: 'Daftar',
    accounts: 'Akun',
    updated: 'Diperbarui',
    origin: { bundled: 'bawaan', imported: 'diimpor' },
    import: 'Impor daftar (berkas JSON, format jaga-netral/list@1)',
    reading: 'Memeriksa berkas…',
  },
  en: {
    title: 'Jaga Netral settings',
    lists: 'Active lists',
    name: 'List',
    accounts: 'Accounts',
    updated: 'Updated',
    origin: { bundled: 'shipped', imported: 'imported' },
    import: 'Import a list (JSON file, format jaga-netral/list@1)',
    reading: 'Checking the file…',
  },
} as const;

export function OptionsPage() {
  const lang = preferredLanguage();
  const text = TEXT[lang];
  const [summary, setSummary] = useState<SummaryResponse | null>(null);
  const [result, setResult] = useState<ImportResponse | 'reading' | null>(null);

  const refresh = () => send({ type: 'lists:summary' }, SummaryResponseSchema).then(setSummary);
  useEffect(() => void refresh(), []);

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setResult('reading');
    const reply = await send({ type: 'lists:import', text: await file.text() }, ImportResponseSchema);
    setResult(reply);
    input.value = '';
    if (reply.ok) await refresh();
  };

  return (
    <>
      <h1>{text.title}</h1>
      <h2>{text.lists}</h2>
      <table>
        <thead>
          <tr>
            <th>{text.name}</th>
            <th>{text.accounts}</th>
            <th>{text.updated}</th>
          </tr>
        </thead>
        <tbody>
          {summary?.lists.map((list) => (
            <tr key={list.id} data-list={list.id}>
              <td>
                {list.title} <span class="muted">({text.origin[list.origin]})</span>
              </td>
              <td>{list.accounts}</td>
              <td>{list.updated}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>
        <label for="list-import">{text.import}</label>
      </h2>
      <input id="list-import" type="file" name="list-import" accept=".json,application/json" onChange={onFile} />
      {result === 'reading' ? <p aria-live="polite">{text.reading}</p> : result ? <ImportResult result={result} /> : null}
      <PreferencesPanel lang={lang} />
    </>
  );
}
