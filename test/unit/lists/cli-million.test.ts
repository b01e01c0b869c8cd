import { describe, expect, it } from 'vitest';
import { verifySignedList } from '../../../src/lists/signing/verify';
import { cli } from './cli-io';

const ENTRIES = 250_000;
const PLATFORMS = ['x', 'instagram', 'tiktok', 'threads'] as const;

/**
 * One entry per line with four accounts written as maintainers do (handles,
 * URLs, numeric ids), so entry i is on line i + 2. The entry carries the source.
 */
function millionAccountList(broken: ReadonlyMap<number, string> = new Map(), unsourced: number | 'all' = -1): string {
  const lines: string[] = [];
  for (let i = 0; i < ENTRIES; i++) {
    const last = broken.get(i) ?? `{"platform":"x","id":"https://x.com/C${i}"}`;
    const accounts = `{"platform":"${PLATFORMS[i % 4]}","id":"@Calon_${i}"},{"platform":"facebook","id":"${1e9 + i}"},{"platform":"youtube","id":"@calon${i}"},${last}`;
    const source = i === unsourced || unsourced === 'all' ? '' : ',"source":"s"';
    lines.push(`{"name":"Calon ${i}"${source},"accounts":[${accounts}]}`);
  }
  return `{"format":"jaga-netral/list@1","id":"million","title":"1M","updated":"2024-01-10","entries":[\n${lines.join(',\n')}\n]}`;
}

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  console.log(`${label}: ${Math.round(performance.now() - start)} ms`);
  return result;
}

// Generous limits: this checks results, not speed, and the printed times are for people.
describe('a 1,000,000-account list', { timeout: 120_000 }, () => {
  it('validates, and is counted right', async () => {
    const text = millionAccountList();
    const run = await timed('validate 1M accounts (valid)', () => cli({ 'big.json': text }, 'validate', 'big.json'));
    expect(run).toEqual({ exit: 0, out: `big.json: ok (${ENTRIES} entries, 1000000 accounts)`, err: '' });
  });

  it('finds the few broken accounts among a million, on their lines', async () => {
    const text = millionAccountList(new Map([[7, '{"platform":"x","id":"https://x.com/home"}']]), ENTRIES - 3);
    const run = await timed('validate 1M accounts (with problems)', () => cli({ 'big.json': text }, 'validate', 'big.json'));
    expect(run.exit).toBe(1);
    expect(run.out.split('\n')).toEqual([
      expect.stringMatching(/^big\.json:9 entry 8 accounts\[3\]\.id: "home" is an X page/),
      ...[0, 1, 2, 3].map((a) =>
        expect.stringMatching(new RegExp(`^big\\.json:${ENTRIES - 1} entry ${ENTRIES - 2} accounts\\[${a}\\]\\.source: is required`)),
      ),
    ]);
  });

  // It used to crash with "Maximum call stack size exceeded" (a million problems spread into one push).
  it('reports a million accounts without sources: the first 300 in full, then a count', async () => {
    const run = await timed('validate 1M accounts (no sources)', () => cli({ 'big.json': millionAccountList(new Map(), 'all') }, 'validate', 'big.json'));
    expect(run.exit).toBe(1);
    const lines = run.out.split('\n');
    expect(lines).toHaveLength(301);
    // Entry by entry, account by account, from the top of the file.
    expect(lines[0]).toMatch(/^big\.json:2 entry 1 accounts\[0\]\.source: is required in a maintained list/);
    expect(lines[299]).toMatch(/^big\.json:76 entry 75 accounts\[3\]\.source: is required/);
    expect(lines[300]).toBe('big.json: 999,700 more problems not shown (999,700 missing-source)');
    expect(run.err).toBe('');
  });

  it('keeps problems of other kinds among the first shown, and counts each kind left out', async () => {
    const broken = new Map([[0, '{"platform":"x","id":"https://x.com/home"}'], [200_000, '{"platform":"myspace","id":"a"}']]);
    const run = await cli({ 'big.json': millionAccountList(broken, 'all') }, 'validate', 'big.json');
    const lines = run.out.split('\n');
    expect(lines).toHaveLength(301);
    // The importer's problems of an entry come before its missing sources.
    expect(lines[0]).toMatch(/^big\.json:2 entry 1 accounts\[3\]\.id: "home" is an X page/);
    expect(lines[300]).toBe('big.json: 999,702 more problems not shown (999,701 missing-source, 1 not-one-of)');
  });

  // It used to hold every zod issue of the document at once: about 2 GB for a million.
  it('reports a million accounts the schema refuses: the first 300 in full, then a count', async () => {
    const text = millionAccountList().replaceAll('"platform":"x"', '"platform":"twitter"').replace(/"platform":"(instagram|tiktok|threads|facebook|youtube)"/g, '"platform":"$1x"');
    const run = await timed('validate 1M accounts (every platform wrong)', () => cli({ 'big.json': text }, 'validate', 'big.json'));
    expect(run.exit).toBe(1);
    const lines = run.out.split('\n');
    expect(lines).toHaveLength(301);
    expect(lines[0]).toMatch(/^big\.json:2 entry 1 accounts\[0\]\.platform: must be one of: x, facebook/);
    expect(lines[300]).toBe('big.json: 999,700 more problems not shown (999,700 not-one-of)');
  });

  it('signs with keygen and sign, and verifies as the extension does', async () => {
    const files: Record<string, string> = { 'big.json': millionAccountList() };
    await cli(files, 'keygen', '--out', 'k');
    const run = await timed('check and sign 1M accounts', () => cli(files, 'sign', 'big.json', '--key', 'k.private', '--sequence', '1'));
    expect(run.exit).toBe(0);
    const verified = await timed('verify the signed 1M-account document', () => verifySignedList(files['big.signed.json']!, files['k.public']!.trim()));
    expect(verified).toMatchObject({ ok: true, sequence: 1 });
  });
});
