import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cli } from './cli-io';

const PILPRES = readFileSync(new URL('../../../candidate-lists/pilpres-2024.json', import.meta.url), 'utf8');

/** Written by hand so the expected line numbers can be read off. */
const BROKEN = `{
  "format": "jaga-netral/list@1",
  "id": "Bad Id",
  "title": "Broken",
  "updated": "2024-01-10",
  "entries": [
    {
      "name": "Good",
      "accounts": [{ "platform": "x", "id": "good", "source": "https://example.org/good" }]
    },
    {
      "name": "",
      "accounts": [
        { "platform": "x", "id": "fine", "source": "s" },
        { "platform": "myspace", "id": "tom", "source": "s" }
      ]
    },
    {
      "name": "No source",
      "accounts": [
        { "platform": "x",
          "id": "https://x.com/home", "source": "s" },
        { "platform": "instagram", "id": "nosource" }
      ]
    },
    {
      "accounts": []
    }
  ]
}`;

describe('npm run lists -- validate', () => {
  it('accepts a sound file with exit 0', async () => {
    const run = await cli({ 'pilpres.json': PILPRES }, 'validate', 'pilpres.json');
    expect(run).toEqual({ exit: 0, out: 'pilpres.json: ok (7 entries, 23 accounts)', err: '' });
  });

  it('prints every problem as FILE:LINE entry N field: why, in file order, and exits 1', async () => {
    const run = await cli({ 'bad.json': BROKEN }, 'validate', 'bad.json');
    expect(run.exit).toBe(1);
    const lines = run.out.split('\n');
    expect(lines).toEqual([
      'bad.json:3 id: must be 1–64 lowercase letters, digits or -',
      'bad.json:12 entry 2 name: must not be empty',
      'bad.json:15 entry 2 accounts[1].platform: must be one of: x, facebook, instagram, tiktok, youtube, threads',
      expect.stringMatching(/^bad\.json:22 entry 3 accounts\[0\]\.id: "home" is an X page/),
      expect.stringMatching(/^bad\.json:23 entry 3 accounts\[1\]\.source: is required in a maintained list/),
      'bad.json:26 entry 4 name: is required',
      'bad.json:27 entry 4 accounts: an entry needs at least one account',
    ]);
  });

  it('checks several files and fails when any one fails', async () => {
    const run = await cli({ 'a.json': PILPRES, 'b.json': BROKEN }, 'validate', 'a.json', 'b.json');
    expect(run.exit).toBe(1);
    expect(run.out).toMatch(/^a\.json: ok/);
    expect(run.out).toMatch(/^b\.json:3 id:/m);
  });

  it('names the line and column of broken JSON', async () => {
    const run = await cli({ 'x.json': '{\n  "format": "jaga-netral/list@1",\n  "id": oops\n}' }, 'validate', 'x.json');
    expect(run.exit).toBe(1);
    expect(run.out).toMatch(/^x\.json:3: invalid JSON at line 3/);
  });

  it('points CSV problems at the row', async () => {
    const csv = 'name,role,party,platform,id,source\nA,,,x,a,s\nB,,,x,https://x.com/home,s\nC,,,x,c,\n';
    const run = await cli({ 'l.csv': csv }, 'validate', 'l.csv', '--id', 'csv-list', '--title', 'CSV', '--updated', '2024-01-10');
    expect(run.exit).toBe(1);
    expect(run.out.split('\n')).toEqual([
      expect.stringMatching(/^l\.csv:3 entry 2 id: "home" is an X page/),
      expect.stringMatching(/^l\.csv:4 entry 3 source: is required/),
    ]);
  });

  it('exits 2 on a bad command line or an unreadable file', async () => {
    expect((await cli({}, 'frobnicate', 'x.json')).exit).toBe(2);
    expect((await cli({}, 'validate')).exit).toBe(2);
    expect((await cli({}, 'normalise', 'a.json', 'b.json')).exit).toBe(2);
    expect((await cli({}, 'validate', '--colour', 'red', 'x.json')).exit).toBe(2);
    const missing = await cli({}, 'validate', 'missing.json');
    expect(missing).toMatchObject({ exit: 2, err: expect.stringMatching(/^missing\.json: cannot read/) });
  });
});

describe('normalise, dedupe, stats', () => {
  const messy = JSON.stringify({
    format: 'jaga-netral/list@1',
    id: 'messy',
    title: 'Messy',
    updated: '2024-01-10',
    entries: [
      { name: 'A', accounts: [{ platform: 'x', id: '@Alpha', source: 's1' }] },
      { name: 'B', accounts: [{ platform: 'x', id: 'https://x.com/ALPHA' }, { platform: 'x', id: 'beta' }] },
      { name: 'A', accounts: [{ platform: 'instagram', id: 'alpha.ig' }] },
      { name: 'C', accounts: [{ platform: 'x', id: 'beta' }] },
    ],
  });

  it('normalise prints the list with normalised ids', async () => {
    const file = JSON.stringify({ ...JSON.parse(messy), entries: [{ name: 'A', accounts: [{ platform: 'x', id: 'https://twitter.com/Alpha/' }] }] });
    const run = await cli({ 'm.json': file }, 'normalise', 'm.json');
    expect(run.exit).toBe(0);
    expect(JSON.parse(run.out).entries[0].accounts[0]).toEqual({ platform: 'x', id: 'alpha' });
  });

  it('normalise refuses a file the importer refuses, on stderr, exit 1', async () => {
    const run = await cli({ 'm.json': messy }, 'normalise', 'm.json');
    expect(run.exit).toBe(1);
    expect(run.err).toMatch(/^m\.json:\d+ entry 2 accounts\[0\]\.id: x:alpha is also in entries\[0\]/);
  });

  it('dedupe merges repeated people and accounts and says what it did', async () => {
    const run = await cli({ 'm.json': messy }, 'dedupe', 'm.json');
    expect(run.exit).toBe(0);
    const list = JSON.parse(run.out);
    expect(list.entries).toEqual([
      { name: 'A', accounts: [{ platform: 'x', id: 'alpha', source: 's1' }, { platform: 'instagram', id: 'alpha.ig' }] },
      { name: 'B', accounts: [{ platform: 'x', id: 'beta' }] },
    ]);
    expect(run.err.split('\n')).toEqual([
      'm.json: entries[1].accounts[0] removed: x:alpha is already listed for "A"',
      'm.json: entries[2] merged into the earlier entry for "A"',
      'm.json: entries[3].accounts[0] removed: x:beta is already listed for "B"',
      'm.json: 1 entries left without accounts removed',
    ]);
  });

  it('stats counts entries and accounts per platform, even in a file that does not validate', async () => {
    const run = await cli({ 'm.json': messy }, 'stats', 'm.json');
    expect(run.exit).toBe(0);
    expect(run.out).toMatch(/^m\.json: 4 entries, 5 accounts, 0 hashtags\n {2}x {10}4\n {2}facebook {3}0\n {2}instagram  1/);
  });
});
