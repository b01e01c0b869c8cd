// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportResult } from '../../../src/ui/pages/ImportResult';
import { parseListFile } from '../../../src/lists/import';
import type { ImportResponse } from '../../../src/messaging/protocol';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => container.remove());

/** The reply the background sends for a refused file: the importer's own problems. */
function refused(text: string): ImportResponse {
  const result = parseListFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return { ok: false, problems: result.problems };
}

const BAD = JSON.stringify({
  format: 'jaga-netral/list@1',
  id: 'bad',
  updated: '2024-13-40',
  entries: [
    { name: 'A', accounts: [{ platform: 'x', id: 'aaa' }] },
    { name: 'B', accounts: [{ platform: 'x', id: '@AAA' }] },
  ],
});

const errors = () => [...container.querySelectorAll('[data-import-error]')].map((li) => [li.getAttribute('data-import-error'), li.textContent]);

describe('import problems on the options page', () => {
  it('words every problem in Indonesian, one [data-import-error] each', () => {
    render(<ImportResult result={refused(BAD)} lang="id" />, container);
    expect(errors()).toEqual([
      ['title', 'title wajib diisi'],
      ['updated', 'updated harus tanggal yang benar, ditulis TTTT-BB-HH'],
      ['entries[1].accounts[0].id', 'entri 2: entries[1].accounts[0].id x:aaa juga ada di entries[0] ("A"); satu akun hanya boleh ada di satu entri'],
    ]);
  });

  it('words the same problems in English', () => {
    render(<ImportResult result={refused(BAD)} lang="en" />, container);
    expect(errors().map(([, text]) => text)).toEqual([
      'title is required',
      'updated must be a real date written YYYY-MM-DD',
      'entry 2: entries[1].accounts[0].id x:aaa is also in entries[0] ("A"); an account belongs to one entry',
    ]);
  });

  it('words a JSON syntax error in Indonesian with its line and column', () => {
    render(<ImportResult result={refused('{\n  "format": ,\n}')} lang="id" />, container);
    expect(errors()[0]?.[1]?.trim()).toMatch(/^JSON tidak valid di baris 2, kolom \d+: /);
  });

  it('says how many problems were not shown, and of which kinds, past the first few hundred', () => {
    const result = refused(BAD);
    if (result.ok) return;
    const many: ImportResponse = { ...result, hidden: { total: 999_700, byCode: [['invalid', 999_000], ['empty', 700]] } };
    render(<ImportResult result={many} lang="id" />, container);
    expect(container.querySelector('.error')?.textContent).toBe(`Berkas ditolak (${(result.problems.length + 999_700).toLocaleString('id')} masalah). Tidak ada yang diubah.`);
    expect(container.querySelector('[data-import-hidden]')?.textContent).toBe(
      '…dan 999.700 masalah lain yang tidak ditampilkan: invalid × 999.000, empty × 700.',
    );
    render(<ImportResult result={many} lang="en" />, container);
    expect(container.querySelector('[data-import-hidden]')?.textContent).toBe(
      '…and 999,700 more problems not shown: invalid × 999,000, empty × 700.',
    );
    expect(errors()).toHaveLength(result.problems.length);
  });
});

