import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvCell, csvValue, parseCsv } from '../../../src/lists/cli/csv';
import { cli } from './cli-io';

const HOSTILE = {
  format: 'jaga-netral/list@1',
  id: 'hostile',
  title: 'Names, "quotes" and\nline breaks',
  updated: '2024-01-10',
  entries: [
    {
      name: 'Doe, John "JD"',
      role: 'Calon\nAnggota DPR, dapil "Jakarta II"',
      party: '=HYPERLINK("https://evil.example","click")',
      accounts: [
        { platform: 'x', id: 'johndoe', source: '+cmd|\' /C calc\'!A0' },
        { platform: 'youtube', id: '@johndoe', source: "'quoted already" },
      ],
    },
    { name: '@risky', accounts: [{ platform: 'instagram', id: 'risky', source: '-1+1' }] },
    { name: '<b>not html</b>', accounts: [{ platform: 'tiktok', id: 'tiktokker', source: 'a\r\nb' }] },
  ],
};

describe('CSV ↔ JSON', () => {
  it('survives a round trip with commas, quotes, line breaks and formulas', async () => {
    const json = JSON.stringify(HOSTILE, null, 2);
    const toCsv = await cli({ 'h.json': json }, 'json2csv', 'h.json');
    expect(toCsv.exit).toBe(0);
    const back = await cli({ 'h.csv': toCsv.out }, 'csv2json', 'h.csv');
    expect(back.exit).toBe(0);
    expect(JSON.parse(back.out)).toEqual(HOSTILE);
  });

  it('never writes a cell a spreadsheet would run as a formula', async () => {
    const { out } = await cli({ 'h.json': JSON.stringify(HOSTILE) }, 'json2csv', 'h.json');
    const parsed = parseCsv(out);
    if (!parsed.ok) throw new Error(parsed.message);
    const [header, ...rows] = parsed.rows;
    expect(header?.cells).toEqual(['name', 'role', 'party', 'platform', 'id', 'source']);
    expect(rows).toHaveLength(4);
    for (const row of rows) for (const cell of row.cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[0]?.cells[2]).toBe('\'=HYPERLINK("https://evil.example","click")');
    expect(rows[1]?.cells[4]).toBe("'@johndoe");
  });

  it('keeps one entry per run of rows for the same person', async () => {
    const { out } = await cli({ 'p.json': readFileSync(new URL('../../../candidate-lists/pilpres-2024.json', import.meta.url), 'utf8') }, 'json2csv', 'p.json');
    expect(out.split('\n')[0]).toMatch(/^# list: \{"format":"jaga-netral\/list@1","id":"pilpres-2024"/);
    const back = await cli({ 'p.csv': out }, 'csv2json', 'p.csv');
    expect(JSON.parse(back.out).entries.map((e: { name: string }) => e.name)).toEqual([
      'Anies Rasyid Baswedan',
      'Abdul Muhaimin Iskandar (Cak Imin)',
      'Prabowo Subianto',
      'Gibran Rakabuming Raka',
      'Tim Kampanye Nasional (TKN) Prabowo–Gibran',
      'Ganjar Pranowo',
      'Mohammad Mahfud MD',
    ]);
  });

  it('says which fields CSV cannot carry', async () => {
    const list = { ...HOSTILE, entries: [{ ...HOSTILE.entries[1], election: 'Pilkada' }] };
    const run = await cli({ 'e.json': JSON.stringify(list) }, 'json2csv', 'e.json');
    expect(run.err).toBe('e.json: CSV has no column for, and leaves out: entries[0].election');
  });

  it('takes list fields from flags when the CSV has no "# list:" comment', async () => {
    const csv = 'name,platform,id,source\r\nA,x,@Alpha,s\r\n';
    const flags = ['--id', 'flags', '--title', 'From flags', '--updated', '2024-01-10', '--source', 'https://kpu.go.id', '--source', 'b'];
    const run = await cli({ 'f.csv': csv }, 'csv2json', 'f.csv', ...flags);
    expect(run.exit).toBe(0);
    expect(JSON.parse(run.out)).toEqual({
      format: 'jaga-netral/list@1',
      id: 'flags',
      title: 'From flags',
      updated: '2024-01-10',
      sources: ['https://kpu.go.id', 'b'],
      entries: [{ name: 'A', accounts: [{ platform: 'x', id: 'alpha', source: 's' }] }],
    });
  });

  it.each([
    ['an unknown column', 'name,platform,id,email\nA,x,a,e\n', /^f\.csv:1: unknown column "email"/],
    ['a row with too many cells', 'name,platform,id\nA,x,a\nB, Jr.,x,b\n', /^f\.csv:3: 4 cells where the header has 3/],
    ['an unclosed quote', 'name,platform,id\n"A,x,a\n', /^f\.csv:2: a quoted cell is never closed/],
  ])('refuses %s, naming the line', async (_, csv, message) => {
    const run = await cli({ 'f.csv': csv }, 'csv2json', 'f.csv', '--id', 'f', '--title', 'F', '--updated', '2024-01-10');
    expect(run.exit).toBe(1);
    expect(run.err).toMatch(message);
  });

  it('undoes only the apostrophe it added', () => {
    for (const value of ["'", "''", "'a", '=1', "'=1", '@x', 'plain']) expect(csvValue(parseCell(csvCell(value)))).toBe(value);
  });
});

function parseCell(cell: string): string {
  const parsed = parseCsv(`${cell}\n`);
  return parsed.ok ? (parsed.rows[0]?.cells[0] ?? '') : '';
}
