import { describe, expect, it } from 'vitest';
import { csvCell, historyCsv } from '../../../src/history/export-csv';
import { HistoryExportSchema, historyJson } from '../../../src/history/export-json';
import { exportFileName } from '../../../src/history/export-name';
import { sampleEntry } from './sample-entry';

/** A strict RFC 4180 reader, written separately from the writer so the test does not trust it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const next = text[i + 1];
    if (quoted && c === '"' && next === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      cell += c;
    } else if (c === '"') {
      if (cell !== '') throw new Error(`quote inside an unquoted cell at ${i}`);
      quoted = true;
    } else if (c === ',') {
      endCell();
    } else if (c === '\r' && next === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`bare line break at ${i}`);
    } else {
      cell += c;
    }
  }
  if (quoted || cell !== '' || row.length > 0) throw new Error('file does not end with CRLF');
  return rows;
}

const HOSTILE = [
  'Budi, S.H., M.Si.',
  'The "real" Budi',
  'Line one\nline two',
  'Carriage\r\nreturn',
  '=HYPERLINK("http://x","click")',
  '+SUM(A1:A9)',
  '-2+3',
  '@cmd|/c calc',
  '\tTabbed',
  '\rReturn first',
  'Plain Name',
];

describe('CSV export', () => {
  const entries = HOSTILE.map((name, i) => sampleEntry(i + 1, { entryLabel: name, reason: i === 4 ? '=1+1' : undefined }));
  const csv = historyCsv(entries);
  const rows = parseCsv(csv.replace(/^\uFEFF/, ''));

  it('starts with a byte order mark and a header, one row per entry', () => {
    expect(csv.startsWith('\uFEFFtime,platform,account,entryLabel,')).toBe(true);
    expect(rows).toHaveLength(entries.length + 1);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([12]));
  });

  it('says what decided each warning, an entry from before hashtags were guarded as its account', () => {
    const csvOf = (entry: ReturnType<typeof sampleEntry>) => parseCsv(historyCsv([entry]).replace(/^\uFEFF/, ''));
    const [header, old] = csvOf(sampleEntry(1));
    expect(header![6]).toBe('match');
    expect(old![6]).toBe('account');
    expect(csvOf(sampleEntry(2, { match: 'hashtag:#aminajadulu' }))[1]![6]).toBe('hashtag:#aminajadulu');
  });

  it.each(HOSTILE.map((name, i) => [name, i] as const))('keeps %j in one cell, neutralised if it could be a formula', (name, i) => {
    const cell = rows[i + 1]![3]!;
    expect(cell).toBe(/^[=+\-@\t\r]/.test(name) ? `'${name}` : name);
  });

  it('neutralises formulas in every text column, the reason too', () => {
    expect(rows[5]![10]).toBe("'=1+1");
  });

  it('writes times as UTC ISO 8601', () => {
    expect(rows[1]![0]).toBe(new Date(entries[0]!.at).toISOString());
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=1+1', "'=1+1"],
    ['=A1,"x"', `"'=A1,""x"""`],
    ['', ''],
  ])('writes the cell %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('JSON export', () => {
  it('reads back to the same entries', () => {
    const entries = [
      sampleEntry(2, { decision: 'proceeded', reason: 'Tugas "humas"\nbaris dua', entryLabel: '=HYPERLINK("x")' }),
      sampleEntry(1),
      sampleEntry(3, { intent: 'post', account: '', match: 'hashtag:#aminajadulu' }),
    ];
    const file = HistoryExportSchema.parse(JSON.parse(historyJson(entries, Date.UTC(2024, 5, 14, 2, 30))));
    expect(file.entries).toEqual(entries);
    expect(file.exported).toBe('2024-06-14T02:30:00.000Z');
    expect(file.format).toBe('jaga-netral/history@1');
  });
});

describe('export file names', () => {
  it('carry the local time to the minute', () => {
    const at = new Date(2024, 5, 4, 9, 5).getTime();
    expect(exportFileName(at, 'csv')).toBe('jaga-netral-history-20240604-0905.csv');
    expect(exportFileName(at, 'json')).toBe('jaga-netral-history-20240604-0905.json');
  });
});
