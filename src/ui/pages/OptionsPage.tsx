import { useEffect, useState } from 'preact/hooks';
import { send } from '../../messaging/send';
import { SummaryResponseSchema, type SummaryResponse } from '../../messaging/protocol';
import { listsRevision } from '../../settings/imported-lists';
import { preferredLanguage } from '../language';
import { ImportPanel } from './ImportPanel';
import { ListsTable } from './ListsTable';
import { PreferencesPanel } from './PreferencesPanel';

const TEXT = {
  id: { title: 'Pengaturan Jaga Netral', lists: 'Daftar calon' },
  en: { title: 'Jaga Netral settings', lists: 'Candidate lists' },
} as const;

export function OptionsPage() {
  const lang = preferredLanguage();
  const text = TEXT[lang];
  const [summary, setSummary] = useState<SummaryResponse | null>(null);

  const refresh = () => void send({ type: 'lists:summary' }, SummaryResponseSchema).then(setSummary);
  // Another options tab (or the background) may change the lists too.
  useEffect(() => {
    refresh();
    return listsRevision.watch(refresh);
  }, []);

  return (
    <>
      <h1>{text.title}</h1>
      <h2>{text.lists}</h2>
      {summary && <ListsTable lists={summary.lists} lang={lang} onChange={refresh} />}
      <ImportPanel lang={lang} onImported={refresh} />
      <PreferencesPanel lang={lang} />
    </>
  );
}
