import { LIST_FORMAT, type CandidateList } from '../schema';
import { csvLine, csvValue, parseCsv } from './csv';
import type { LineOf } from './json-locator';

/**
 * The CSV interchange columns: one row per account; see docs/lists.md.
 * `hashtags` holds an entry's campaign hashtags separated by spaces (a
 * hashtag has none), on any of its rows; it is written only for a list
 * that has some, so older lists give the same CSV as before.
 */
export const CSV_COLUMNS = ['name', 'role', 'party', 'platform', 'id', 'source', 'hashtags'] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['name', 'platform', 'id'];

/** The comment line that carries the list's own fields as one JSON object. */
const META_PREFIX = ' list: ';

export interface CsvProblem {
  line: number;
  message: string;
}

export type CsvToList = { ok: true; data: Record<string, unknown>; lineOf: LineOf } | { ok: false; problem: CsvProblem };

/**
 * A list document from CSV. Consecutive rows with the same name, role and
 * party are one entry. List fields come from the `# list: {…}` comment, then
 * `metadata` (command-line flags) on top. The result still has to pass the
 * importer; lines point at the row each entry and account came from.
 */
export function csvToList(text: string, metadata: Record<string, unknown>): CsvToList {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, problem: parsed };
  const [header, ...rows] = parsed.rows;
  if (header === undefined) return { ok: false, problem: { line: 1, message: `no header row (${CSV_COLUMNS.join(',')})` } };
  const columns = header.cells.map((cell) => cell.trim().toLowerCase());
  const unknown = columns.filter((column) => !(CSV_COLUMNS as readonly string[]).includes(column));
  const missing = REQUIRED.filter((column) => !columns.includes(column));
  if (unknown.length > 0 || missing.length > 0) {
    const why = [...unknown.map((c) => `unknown column "${c}"`), ...missing.map((c) => `missing column "${c}"`)].join('; ');
    return { ok: false, problem: { line: header.line, message: `${why}; the columns are ${CSV_COLUMNS.join(',')}` } };
  }

  let meta: Record<string, unknown> = {};
  const metaLine = parsed.comments.find((comment) => comment.cells[0]?.startsWith(META_PREFIX));
  if (metaLine) {
    try {
      meta = JSON.parse(metaLine.cells[0]!.slice(META_PREFIX.length)) as Record<string, unknown>;
    } catch {
      return { ok: false, problem: { line: metaLine.line, message: 'the "# list:" comment must hold one JSON object' } };
    }
  }

  const entries: Record<string, unknown>[] = [];
  const entryLines: number[] = [];
  const accountLines: number[][] = [];
  let previous = '';
  let accounts: unknown[] = [];
  for (const row of rows) {
    if (row.cells.length !== columns.length) {
      const message = `${row.cells.length} cells where the header has ${columns.length}; quote cells that contain commas`;
      return { ok: false, problem: { line: row.line, message } };
    }
    const cell = (column: Column) => {
      const index = columns.indexOf(column);
      return index === -1 ? '' : csvValue(row.cells[index] ?? '');
    };
    const person = JSON.stringify([cell('name'), cell('role'), cell('party')]);
    if (person !== previous) {
      accounts = [];
      entries.push({ ...withText({ name: cell('name') }, { role: cell('role'), party: cell('party') }), accounts });
      entryLines.push(row.line);
      accountLines.push([]);
      previous = person;
    }
    accounts.push(withText({ platform: cell('platform'), id: cell('id') }, { source: cell('source') }));
    const tags = cell('hashtags').split(/\s+/).filter((tag) => tag !== '');
    if (tags.length > 0) {
      const entry = entries[entries.length - 1]!;
      entry['hashtags'] = [...((entry['hashtags'] as string[] | undefined) ?? []), ...tags];
    }
    accountLines[accountLines.length - 1]!.push(row.line);
  }

  const data = { format: LIST_FORMAT, ...meta, ...metadata, entries };
  const lineOf: LineOf = (path) => {
    const at = /^entries\[(\d+)\](?:\.accounts\[(\d+)\])?/.exec(path);
    if (at === null) return metaLine?.line ?? header.line;
    const entry = Number(at[1]);
    return (at[2] === undefined ? undefined : accountLines[entry]?.[Number(at[2])]) ?? entryLines[entry] ?? header.line;
  };
  return { ok: true, data, lineOf };
}

export interface ListCsv {
  text: string;
  /** Fields the CSV columns cannot carry, e.g. `entries[2].election`. */
  dropped: string[];
}

/** A valid list as CSV, its own fields in the `# list:` comment. */
export function listToCsv(list: CandidateList): ListCsv {
  const { entries, ...meta } = list;
  const dropped: string[] = [];
  const withHashtags = entries.some((entry) => entry.hashtags !== undefined);
  const columns = withHashtags ? CSV_COLUMNS : CSV_COLUMNS.filter((column) => column !== 'hashtags');
  const lines = [`#${META_PREFIX}${JSON.stringify(meta)}`, columns.join(',')];
  entries.forEach((entry, e) => {
    const { name, role, party, accounts, hashtags, ...restOfEntry } = entry;
    dropped.push(...Object.keys(restOfEntry).map((key) => `entries[${e}].${key}`));
    accounts.forEach((account, a) => {
      const { platform, id, source, ...restOfAccount } = account;
      dropped.push(...Object.keys(restOfAccount).map((key) => `entries[${e}].accounts[${a}].${key}`));
      const cells = [name, role ?? '', party ?? '', platform, id, source ?? ''];
      // On the entry's first row only: a cell per row would repeat them.
      if (withHashtags) cells.push(a === 0 ? (hashtags ?? []).map((tag) => `#${tag}`).join(' ') : '');
      lines.push(csvLine(cells));
    });
  });
  return { text: `${lines.join('\n')}\n`, dropped };
}

/** `base` plus the optional fields that are not empty (an empty cell means absent). */
function withText(base: Record<string, unknown>, optional: Record<string, string>): Record<string, unknown> {
  for (const [key, value] of Object.entries(optional)) if (value !== '') base[key] = value;
  return base;
}
