import { z } from 'zod';
import { accountKey, PLATFORMS, type Platform } from './platform';
import { normaliseAccount } from './normalise';
import { CandidateListSchema, LIST_FORMAT, ListEntrySchema, type CandidateList, type ListAccount, type ListEntry } from './schema';
import { quickEntry } from './quick-entry';
import { jsonSyntaxDetail } from './json-error';
import { PROBLEM_EN, problemDetail, quoteValue, type ProblemCode, type ProblemDetail } from './import-problem';
import { forEachLimitProblem } from './field-limits';
import { FIELD_LIMITS } from './size-limits';
import { normaliseListHashtags, type ListHashtags } from './import-hashtags';

export interface ImportProblem extends ProblemDetail {
  /** Where in the document, e.g. `entries[3].accounts[0].id`; "" for the document itself. */
  path: string;
  /** 0-based index of the entry the problem is inside, when it is inside one. */
  entry?: number;
}

export type ParseListResult = { ok: true; list: CandidateList } | { ok: false; problems: ImportProblem[] };

/** Receives each problem as it is found: a file with a million of them need not hold them all. */
export type ProblemSink = (problem: ImportProblem) => void;

/**
 * Reads a list file and reports every problem in it at once, so a maintainer
 * can fix a file in one pass. On success every account id is normalised and
 * accounts repeated within an entry are merged. Never throws.
 */
export function parseListFile(text: string): ParseListResult {
  const data = parseJson(text);
  return data.ok ? parseListData(data.value) : { ok: false, problems: [data.problem] };
}

/** The text as JSON, or the problem that says where it is not. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: ImportProblem } {
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch (error) {
    return { ok: false, problem: { path: '', ...jsonSyntaxDetail(json, error) } };
  }
}

/** The same checks on a document already parsed (or built from CSV by the maintainer CLI). */
export function parseListData(data: unknown): ParseListResult {
  const problems: ImportProblem[] = [];
  const list = checkListData(data, (problem) => void problems.push(problem));
  return list === null ? { ok: false, problems: sortProblems(problems) } : { ok: true, list };
}

/**
 * parseListData with each problem sent to `add` as found (not in entry
 * order) instead of collected: the maintainer CLI and the background keep
 * a bounded tally. The list, or null when anything was wrong.
 */
export function checkListData(data: unknown, add: ProblemSink): CandidateList | null {
  const steps = checkListSteps(data, add);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** Entries checked between two reports of progress: a few milliseconds' work. */
export const ENTRIES_PER_STEP = 5_000;

/**
 * The checks, one step of ENTRIES_PER_STEP entries at a time; each step
 * yields how many entries are done, so the background can report progress
 * and answer tabs between steps. Entries are judged one at a time, so a file
 * whose every entry is wrong never holds more than one entry's zod issues.
 */
export function* checkListSteps(data: unknown, add: ProblemSink): Generator<number, CandidateList | null> {
  if (!isObject(data)) {
    add({ path: '', ...problemDetail('not-an-object') });
    return null;
  }
  // Another format version may mean anything by its other fields: judging them would mislead.
  if (data['format'] !== LIST_FORMAT) {
    const found = quoteValue(data['format']);
    add({ path: 'format', ...problemDetail('unsupported-format', { found, supported: LIST_FORMAT }) });
    return null;
  }
  let failed = false;
  const note: ProblemSink = (problem) => {
    failed = true;
    add(problem);
  };
  let tooDeep = false;
  forEachLimitProblem(data, (problem) => {
    tooDeep ||= problem.code === 'too-deep';
    note(problem);
  });
  // Nesting the browser cannot store or send: the rest is not worth judging.
  if (tooDeep) return null;
  const shell = ListShellSchema.safeParse(data, { error: issueMessage });
  if (!shell.success) for (const issue of shell.error.issues) note(toProblem(issue));
  const hashtagProblems: ImportProblem[] = [];
  const hashtags = normaliseListHashtags(data, hashtagProblems);
  // An entry's hashtag problems follow its schema problems, as the pages have always listed them.
  const entryHashtagProblems = new Map<number, ImportProblem[]>();
  for (const problem of hashtagProblems) {
    if (problem.entry === undefined) note(problem);
    else entryHashtagProblems.set(problem.entry, [...(entryHashtagProblems.get(problem.entry) ?? []), problem]);
  }

  const raw: unknown[] = Array.isArray(data['entries']) ? data['entries'] : [];
  const owners = new AccountOwners(raw);
  const entries: ListEntry[] = [];
  for (let e = 0; e < raw.length; e++) {
    const entry = checkEntry(raw[e], e, note);
    for (const problem of entryHashtagProblems.get(e) ?? []) note(problem);
    const groups = owners.claim(raw[e], e, note);
    // Once anything is wrong nothing is built: a refused file costs only its problems.
    if (!failed && entry !== null) entries.push(withHashtags(withAccounts(entry, groups), hashtags.entries[e]));
    if ((e + 1) % ENTRIES_PER_STEP === 0) yield e + 1;
  }
  if (failed || !shell.success) return null;
  return withHashtags({ ...shell.data, entries }, hashtags.list);
}

/** The list's own fields as CandidateListSchema checks them; its entries are checked one by one. */
const ListShellSchema = CandidateListSchema.extend({ entries: z.array(z.unknown()) });

/**
 * A list the importer stored, checked as CandidateListSchema would, entry by
 * entry (its ids were normalised on the way in). The list, or null after
 * sending its first problems to `add`.
 */
export function checkStoredList(data: unknown, add: ProblemSink): CandidateList | null {
  const shell = ListShellSchema.safeParse(data, { error: issueMessage });
  if (!shell.success) {
    for (const issue of shell.error.issues) add(toProblem(issue));
    return null;
  }
  const entries: ListEntry[] = [];
  for (let e = 0; e < shell.data.entries.length; e++) {
    const entry = checkEntry(shell.data.entries[e], e, add);
    if (entry === null) return null;
    entries.push(entry);
  }
  return { ...shell.data, entries };
}

/** One entry as ListEntrySchema gives it back, or null after sending its problems to `add`. */
function checkEntry(raw: unknown, e: number, add: ProblemSink): ListEntry | null {
  const quick = quickEntry(raw);
  if (quick !== null) return quick;
  const parsed = ListEntrySchema.safeParse(raw, { error: issueMessage });
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) add(toProblem({ ...issue, path: ['entries', e, ...issue.path] }));
  return null;
}

/** A list or entry with its hashtags normalised; one without the field stays without it. */
function withHashtags<T extends { hashtags?: string[] | undefined }>(owner: T, tags: ListHashtags['list']): T {
  return tags === undefined ? owner : { ...owner, hashtags: tags };
}

/** One account of an entry: its normalised id and where it was written (more than once when repeated). */
interface AccountGroup {
  platform: Platform;
  id: string;
  indices: number[];
}

/**
 * Normalises every account id straight from the raw document (so ids are
 * checked even in entries the schema rejected) and finds accounts claimed by
 * two entries. The owners are kept per platform by id, so a million accounts
 * cost no million `platform:id` strings.
 */
class AccountOwners {
  readonly #owner = new Map<Platform, Map<string, number>>(PLATFORMS.map((platform) => [platform, new Map()]));

  constructor(private readonly entries: readonly unknown[]) {}

  /** The account groups of entry `e`, after sending its problems to `add`. */
  claim(entry: unknown, e: number, add: ProblemSink): AccountGroup[] {
    const groups: AccountGroup[] = [];
    const accounts = isObject(entry) ? entry['accounts'] : undefined;
    if (!Array.isArray(accounts)) return groups;
    for (let index = 0; index < accounts.length; index++) {
      const account: unknown = accounts[index];
      if (!isObject(account)) continue;
      const platform = account['platform'];
      const raw = account['id'];
      // An id over its limit is reported as such; normalising it would only quote it back.
      if (!isPlatform(platform) || typeof raw !== 'string' || raw.length > ACCOUNT_ID_LIMIT) continue;
      // Built only for a problem: a million-account list would otherwise allocate a million paths.
      const path = () => `entries[${e}].accounts[${index}].id`;
      const result = normaliseAccount(platform, raw);
      if (!result.ok) {
        add({ path: path(), entry: e, ...problemDetail('bad-account', { reason: result.reason }) });
        continue;
      }
      const { id } = result.account;
      const owners = this.#owner.get(platform)!;
      const first = owners.get(id);
      if (first === undefined) owners.set(id, e);
      else if (first !== e) {
        const detail = problemDetail('duplicate-account', { account: accountKey(result.account), entry: first, ...nameOf(this.entries[first]) });
        add({ path: path(), entry: e, ...detail });
        continue;
      }
      const group = groups.find((g) => g.platform === platform && g.id === id);
      if (group) group.indices.push(index);
      else groups.push({ platform, id, indices: [index] });
    }
    return groups;
  }
}

// Read once: under the CLI's loader an imported binding is a getter, too slow for a million accounts.
const ACCOUNT_ID_LIMIT = FIELD_LIMITS.accountId;
const PLATFORM_SET: ReadonlySet<unknown> = new Set(PLATFORMS);
const isPlatform = (value: unknown): value is Platform => PLATFORM_SET.has(value);

/** The entry with normalised ids; a repeated account only adds fields its first mention lacks. */
function withAccounts(entry: ListEntry, groups: readonly AccountGroup[]): ListEntry {
  const accounts = groups.map(({ id, indices }): ListAccount => {
    const only = indices.length === 1 ? entry.accounts[indices[0]!]! : undefined;
    // The usual account, written once and already normal, is kept as it is.
    if (only?.id === id) return only;
    const mentions = indices.map((i) => entry.accounts[i]).reverse();
    return { ...(Object.assign({}, ...mentions) as ListAccount), id };
  });
  return { ...entry, accounts };
}

function nameOf(entry: unknown): { name?: string } {
  const name = isObject(entry) ? entry['name'] : undefined;
  return typeof name === 'string' ? { name: name.slice(0, FIELD_LIMITS.text) } : {};
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toProblem(issue: z.core.$ZodIssue): ImportProblem {
  const [first, second] = issue.path;
  const path = issue.path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`),
    '',
  );
  const detail = issueDetail(issue);
  return first === 'entries' && typeof second === 'number' ? { path, entry: second, ...detail } : { path, ...detail };
}

/** The schema's own wordings (src/lists/schema.ts takes them from PROBLEM_EN), found back by their text. */
const FIXED_WORDING: ReadonlyMap<string, ProblemCode> = new Map(
  (['required', 'empty', 'bad-date', 'period-order', 'bad-list-id', 'no-accounts'] as const).map((code) => [PROBLEM_EN[code](), code]),
);

function issueDetail(issue: z.core.$ZodIssue): ProblemDetail {
  const fixed = FIXED_WORDING.get(issue.message);
  if (fixed) return problemDetail(fixed);
  if (issue.code === 'invalid_type') return problemDetail('wrong-type', { expected: issue.expected });
  if (issue.code === 'invalid_value') return problemDetail('not-one-of', { values: issue.values.map(String).join(', ') });
  return problemDetail('invalid', { detail: issue.message });
}

/** Plain wording for zod's issue kinds; undefined keeps the schema's own message. */
function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') {
    return issue.input === undefined ? PROBLEM_EN.required() : PROBLEM_EN['wrong-type']({ expected: issue.expected });
  }
  if (issue.code === 'invalid_value') return PROBLEM_EN['not-one-of']({ values: issue.values.map(String).join(', ') });
  return undefined;
}

function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return problems.sort((a, b) => (a.entry ?? -1) - (b.entry ?? -1));
}
