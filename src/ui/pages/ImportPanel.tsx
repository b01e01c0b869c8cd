import { useState } from 'preact/hooks';
import { send } from '../../messaging/send';
import { ImportResponseSchema, type ImportResponse } from '../../messaging/protocol';
import { estimateAccounts, MAX_LIST_ACCOUNTS, MAX_LIST_BYTES } from '../../lists/size-limits';
import type { Language } from '../language';
import { messages } from '../i18n/messages';
import { ImportResult } from './ImportResult';
import { readFileText } from './read-file';
import { ImportProgress } from './ImportProgress';
import { followImportProgress } from './follow-import-progress';

type Status =
  | { kind: 'idle' }
  | { kind: 'reading'; percent: number }
  | { kind: 'checking'; accounts: number; done?: number; total?: number }
  | { kind: 'saving' }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'too-many'; accounts: number }
  | { kind: 'unreadable' }
  | { kind: 'done'; result: ImportResponse };

const MEGABYTE = 1024 * 1024;

/**
 * Picks a list file, refuses one that is too big before reading or parsing
 * it, and shows what is happening while the background checks it.
 */
export function ImportPanel({ lang, onImported }: { lang: Language; onImported: () => void }) {
  const text = messages(lang).import;
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_LIST_BYTES) return setStatus({ kind: 'too-large', bytes: file.size });
    setStatus({ kind: 'reading', percent: 0 });
    const contents = await readFileText(file, (fraction) => setStatus({ kind: 'reading', percent: Math.floor(fraction * 100) })).catch(
      () => null,
    );
    if (contents === null) return setStatus({ kind: 'unreadable' });
    const accounts = estimateAccounts(contents);
    if (accounts > MAX_LIST_ACCOUNTS) return setStatus({ kind: 'too-many', accounts });
    setStatus({ kind: 'checking', accounts });
    const stopFollowing = followImportProgress((progress) =>
      setStatus(progress.stage === 'saving' ? { kind: 'saving' } : { kind: 'checking', accounts, done: progress.done, total: progress.total }),
    );
    const result = await send({ type: 'lists:import', text: contents }, ImportResponseSchema).finally(stopFollowing);
    setStatus({ kind: 'done', result });
    if (result.ok) onImported();
  };

  return (
    <>
      <h2>
        <label for="list-import">{text.import}</label>
      </h2>
      <input id="list-import" type="file" name="list-import" accept=".json,application/json" onChange={onFile} />
      <ImportStatus status={status} lang={lang} />
    </>
  );
}

function ImportStatus({ status, lang }: { status: Status; lang: Language }) {
  const text = messages(lang).import;
  switch (status.kind) {
    case 'idle':
      return null;
    case 'reading':
      return <ImportProgress stage="reading" label={text.reading(status.percent)} value={status.percent} max={100} />;
    case 'checking':
      return <ImportProgress stage="checking" label={text.checking(status.accounts)} value={status.done} max={status.total} />;
    case 'saving':
      return <ImportProgress stage="saving" label={text.saving} />;
    case 'too-large':
      return <Refused message={text.tooLarge(Math.ceil(status.bytes / MEGABYTE), MAX_LIST_BYTES / MEGABYTE)} />;
    case 'too-many':
      return <Refused message={text.tooManyAccounts(status.accounts, MAX_LIST_ACCOUNTS)} />;
    case 'unreadable':
      return <Refused message={text.unreadable} />;
    case 'done':
      return <ImportResult result={status.result} lang={lang} />;
  }
}

/** A file refused before the background saw it: the contract's one `[data-import-error]`. */
function Refused({ message }: { message: string }) {
  return (
    <p role="alert" class="error" data-import-status="error" data-import-error="document">
      {message}
    </p>
  );
}
