import { useState } from 'preact/hooks';
import { send } from '../../messaging/send';
import { ImportResponseSchema, type ImportResponse } from '../../messaging/protocol';
import { estimateAccounts, fileTooLarge, tooManyAccounts } from '../../lists/size-limits';
import type { Language } from '../language';
import { ImportResult } from './ImportResult';
import { readFileText } from './read-file';

const TEXT = {
  id: {
    import: 'Impor daftar (berkas JSON, format jaga-netral/list@1)',
    reading: (percent: number) => `Membaca berkas… ${percent}%`,
    checking: (accounts: number) => `Memeriksa daftar (sekitar ${accounts.toLocaleString('id')} akun)…`,
    refused: 'Berkas ditolak: ',
  },
  en: {
    import: 'Import a list (JSON file, format jaga-netral/list@1)',
    reading: (percent: number) => `Reading the file… ${percent}%`,
    checking: (accounts: number) => `Checking the list (about ${accounts.toLocaleString('en')} accounts)…`,
    refused: 'File refused: ',
  },
} as const;

type Status =
  | { kind: 'idle' }
  | { kind: 'reading'; percent: number }
  | { kind: 'checking'; accounts: number }
  | { kind: 'too-big'; message: string }
  | { kind: 'done'; result: ImportResponse };

/**
 * Picks a list file, refuses one that is too big before reading or parsing
 * it, and shows what is happening while the background checks it.
 */
export function ImportPanel({ lang, onImported }: { lang: Language; onImported: () => void }) {
  const text = TEXT[lang];
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const tooLarge = fileTooLarge(file.size);
    if (tooLarge !== null) return setStatus({ kind: 'too-big', message: tooLarge });
    setStatus({ kind: 'reading', percent: 0 });
    const contents = await readFileText(file, (fraction) => setStatus({ kind: 'reading', percent: Math.floor(fraction * 100) }));
    const accounts = estimateAccounts(contents);
    const tooMany = tooManyAccounts(accounts);
    if (tooMany !== null) return setStatus({ kind: 'too-big', message: tooMany });
    setStatus({ kind: 'checking', accounts });
    const result = await send({ type: 'lists:import', text: contents }, ImportResponseSchema);
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
  const text = TEXT[lang];
  switch (status.kind) {
    case 'idle':
      return null;
    case 'reading':
      return <p aria-live="polite" data-import-progress="reading">{text.reading(status.percent)}</p>;
    case 'checking':
      return <p aria-live="polite" data-import-progress="checking">{text.checking(status.accounts)}</p>;
    case 'too-big':
      return (
        <p role="alert" class="error" data-import-status="error" data-import-error="document">
          {text.refused}
          {status.message}
        </p>
      );
    case 'done':
      return <ImportResult result={status.result} />;
  }
}
