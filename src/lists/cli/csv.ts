/** One CSV record and the line it starts on. */
export interface CsvRow {
  line: number;
  cells: string[];
}

export type CsvParse = { ok: true; comments: CsvRow[]; rows: CsvRow[] } | { ok: false; line: number; message: string };

/**
 * RFC 4180 records (quoted cells may hold commas, quotes and line breaks).
 * Lines starting with `#` before the first record are comments: they carry
 * list metadata, and a `#` later on is just the start of a name.
 */
export function parseCsv(text: string): CsvParse {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const comments: CsvRow[] = [];
  const rows: CsvRow[] = [];
  let line = 1;
  let i = 0;
  while (i < source.length) {
    const start = line;
    if (rows.length === 0 && source[i] === '#') {
      const end = lineEnd(source, i);
      comments.push({ line: start, cells: [source.slice(i + 1, end).replace(/\r$/, '')] });
      i = end + 1;
      line++;
      continue;
    }
    const cells: string[] = [];
    for (;;) {
      let cell = '';
      if (source[i] === '"') {
        i++;
        for (;;) {
          const quote = source.indexOf('"', i);
          if (quote === -1) return { ok: false, line: start, message: 'a quoted cell is never closed' };
          cell += source.slice(i, quote);
          i = quote + 1;
          if (source[i] !== '"') break;
          cell += '"';
          i++;
        }
        line += count(cell, '\n');
        if (i < source.length && !',\r\n'.includes(source[i]!)) {
          return { ok: false, line, message: 'text after a closing quote; write "" for a quote inside a quoted cell' };
        }
      } else {
        const end = cellEnd(source, i);
        cell = source.slice(i, end);
        i = end;
      }
      cells.push(cell);
      if (source[i] === ',') {
        i++;
        continue;
      }
      if (source[i] === '\r') i++;
      if (source[i] === '\n') i++;
      line++;
      break;
    }
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: start, cells });
  }
  return { ok: true, comments, rows };
}

/**
 * Spreadsheets run a cell that starts with one of these as a formula
 * (`=HYPERLINK(…)`); written out, such a cell gets a leading `'`.
 */
const FORMULA_START = /^[=+\-@\t\r']/;

/** A cell as written: formula starts neutralised, quoted when it holds a separator, quote or line break. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Undoes csvCell's neutralising `'`, so a list survives JSON → CSV → JSON unchanged. */
export function csvValue(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export function csvLine(values: readonly string[]): string {
  return values.map(csvCell).join(',');
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

function cellEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

function count(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) n++;
  return n;
}
