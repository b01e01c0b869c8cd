import type { ImportResponse } from '../../messaging/protocol';
import { preferredLanguage } from '../language';

const TEXT = {
  id: {
    ok: (title: string, n: number) => `Daftar "${title}" diimpor: ${n} akun aktif di semua tab.`,
    refused: (n: number) => `Berkas ditolak (${n} masalah). Tidak ada yang diubah.`,
    entry: 'entri',
  },
  en: {
    ok: (title: string, n: number) => `List "${title}" imported: ${n} accounts active in every tab.`,
    refused: (n: number) => `File refused (${n} problems). Nothing was changed.`,
    entry: 'entry',
  },
} as const;

/** Every problem on its own line, with where it is, so a maintainer can fix the file in one pass. */
export function ImportResult({ result }: { result: ImportResponse }) {
  const text = TEXT[preferredLanguage()];
  if (result.ok) {
    return (
      <p class="ok" role="status" data-import-status="ok">
        {text.ok(result.title, result.accounts)}
      </p>
    );
  }
  return (
    <div role="alert" data-import-status="error">
      <p class="error">{text.refused(result.problems.length)}</p>
      <ul>
        {result.problems.map((problem, i) => (
          <li key={i} class="error" data-import-error={problem.path || 'document'}>
            {problem.entry !== undefined ? `${text.entry} ${problem.entry + 1}: ` : ''}
            {problem.path ? <code>{problem.path}</code> : null} {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
