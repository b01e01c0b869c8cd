import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '../../messaging/send';
import { SummaryResponseSchema, type SummaryResponse } from '../../messaging/protocol';
import { listsRevision } from '../../settings/imported-lists';
import { messages } from '../i18n/messages';
import { ImportPanel } from './ImportPanel';
import { ListsTable } from './ListsTable';
import { PreferencesPanel } from './PreferencesPanel';
import { SubscriptionsPanel } from './SubscriptionsPanel';
import { usePageSettings } from './use-preferences';
import { useManagedPolicy } from './use-managed-policy';
import { ManagedNotice } from './ManagedNotice';
import { flagsFromPolicy } from '../../settings/effective-settings';

export function OptionsPage() {
  const settings = usePageSettings();
  const policy = useManagedPolicy();
  const [summary, setSummary] = useState<SummaryResponse | null>(null);

  const refresh = () => void send({ type: 'lists:summary' }, SummaryResponseSchema).then(setSummary);
  // Another options tab (or the background) may change the lists too.
  useEffect(() => {
    refresh();
    return listsRevision.watch(refresh);
  }, []);

  // Waits for the policy too: a managed control must never show as changeable, even briefly.
  if (!settings || !policy) return null;
  const { lang, prefs } = settings;
  const text = messages(lang).options;
  return (
    <>
      <h1>{text.title}</h1>
      <ManagedNotice state={policy} lang={lang} />
      <PreferencesPanel lang={lang} prefs={prefs} managed={flagsFromPolicy(policy)} />
      <h2>{text.lists}</h2>
      {summary && <ListsTable lists={summary.lists} lang={lang} onChange={refresh} />}
      <ImportPanel lang={lang} onImported={refresh} />
      <SubscriptionsPanel lang={lang} />
      <p>
        <a href={browser.runtime.getURL('/rules.html')}>{text.aboutRules}</a>
      </p>
    </>
  );
}
