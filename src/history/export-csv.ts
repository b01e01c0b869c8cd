import type { HistoryEntry } from './entry';
import { matchOf } from './match';

/** Column names are the JSON export's field names, so both files read the same way. */
const COLUMNS = ['time', 'platform', 'account', 'entryLabel', 'listId', 'intent', 'match', 'decision', 'clause', 'origin', 'reason', 'id'] as const;

/**
 * A spreadsheet treats a cell starting with one of these as a formula (or, for
 * tab and CR, strips them and then may): a hostile display name such as
 * `=HYPERLINK(...)` would run when a supervisor opens the file.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: formula starts neutralised with a leading apostrophe, then quoted per RFC 4180 when needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function cells(entry: HistoryEntry): string[] {
  return [
    new Date(entry.at).toISOString(),
    entry.platform,
    entry.account,
    entry.entryLabel,
    entry.listId,
    entry.intent,
    matchOf(entry),
    entry.decision,
    entry.clause,
    entry.origin,
    entry.reason ?? '',
    entry.id,
  ];
}

/**
 * RFC 4180 CSV (CRLF line ends, header row), times in UTC ISO 8601. A byte
 * order mark goes first because Excel otherwise reads UTF-8 names as Latin-1.
 */
export function historyCsv(entries: readonly HistoryEntry[]): string {
  const lines = [COLUMNS.join(','), ...entries.map((entry) => cells(entry).map(csvCell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
