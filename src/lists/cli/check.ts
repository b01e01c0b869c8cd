import { checkListData } from '../import';
import type { CandidateList } from '../schema';
import { countAccounts } from '../count-accounts';
import { MAX_LIST_BYTES, fileTooLarge, tooManyAccounts } from '../size-limits';
import { missingSources, type MaintainerProblem } from './sources';
import { isCsv, loadList, type Loaded } from './load';
import { formatHidden, ProblemTally, type Hidden } from '../problem-tally';

/** A problem as a maintainer reads it: `FILE:LINE entry N field: why`. */
export interface LocatedProblem {
  line: number;
  /** 1-based, as people count entries. */
  entry?: number;
  field: string;
  message: string;
}

/**
 * `problems` holds the first few hundred (in file order) in full; `hidden`
 * counts the rest by code, so a million problems print in bounded memory.
 */
export type Checked = { ok: true; list: CandidateList } | { ok: false; problems: LocatedProblem[]; hidden?: Hidden };

export interface CheckOptions {
  /** The maintainer policy: every account needs a source (validate asks it; conversions do not). */
  requireSources?: boolean;
  metadata?: Record<string, unknown>;
}

/** Reads a JSON or CSV list file and runs the importer on it, plus the maintainer checks. */
export function checkListFile(file: string, text: string, options: CheckOptions = {}): Checked {
  const loaded = loadList(file, text, options.metadata);
  if (!loaded.ok) return { ok: false, problems: [{ line: loaded.line, field: '', message: loaded.message }] };
  return checkLoaded(loaded, isCsv(file), text.length, options);
}

function checkLoaded(loaded: Extract<Loaded, { ok: true }>, csv: boolean, length: number, options: CheckOptions): Checked {
  const tally = new ProblemTally<MaintainerProblem>();
  // Each problem goes straight to the tally: a million of them are counted, never held.
  const list = checkListData(loaded.data, tally.add);
  if (options.requireSources) missingSources(loaded.data, tally.add);
  const tooBig = (length > MAX_LIST_BYTES ? fileTooLarge(length) : null) ?? (list !== null ? tooManyAccounts(countAccounts(list)) : null);
  if (tooBig !== null) tally.add({ path: '', code: 'refused-by-extension', message: `the extension would refuse this list: ${tooBig}` });
  if (list !== null && tally.size === 0) return { ok: true, list };
  const problems = tally.shown();
  const lineOf = loaded.linesOf(problems.map((problem) => problem.path));
  const located = problems.map((problem): LocatedProblem => {
    const field = fieldOf(problem, csv);
    const at = { line: lineOf(problem.path), field, message: problem.message };
    return problem.entry === undefined ? at : { ...at, entry: problem.entry + 1 };
  });
  located.sort((a, b) => a.line - b.line || (a.entry ?? 0) - (b.entry ?? 0));
  const hidden = tally.hidden();
  return hidden === null ? { ok: false, problems: located } : { ok: false, problems: located, hidden };
}

/** The path inside the entry; in CSV the column, since each row is one account. */
function fieldOf(problem: MaintainerProblem, csv: boolean): string {
  const inEntry = problem.entry === undefined ? problem.path : problem.path.replace(/^entries\[\d+\]\.?/, '');
  return csv ? inEntry.replace(/^accounts\[\d+\]\.?/, '') : inEntry;
}

/** Every line a refused file prints: its problems, then how many more were left out. */
export function formatChecked(file: string, checked: Extract<Checked, { ok: false }>): string[] {
  const lines = checked.problems.map((problem) => formatProblem(file, problem));
  if (checked.hidden) lines.push(formatHidden(file, checked.hidden));
  return lines;
}

export function formatProblem(file: string, problem: LocatedProblem): string {
  const entry = problem.entry === undefined ? '' : ` entry ${problem.entry}`;
  const field = problem.field === '' ? '' : ` ${problem.field}`;
  return `${file}:${problem.line}${entry}${field}: ${problem.message}`;
}
