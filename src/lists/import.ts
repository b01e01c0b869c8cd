import type { z } from 'zod';
import { accountKey, type AccountKey } from './platform';
import { PlatformSchema } from './platform-schema';
import { normaliseAccount } from './normalise';
import { CandidateListSchema, LIST_FORMAT, type CandidateList, type ListAccount, type ListEntry } from './schema';
import { jsonSyntaxDetail } from './json-error';
import { PROBLEM_EN, problemDetail, quoteValue, type ProblemCode, type ProblemDetail } from './import-problem';
import { fieldLimitProblems } from './field-limits';
import { FIELD_LIMITS } from './size-limits';
import { normaliseListHashtags, type ListHashtags } from './import-hashtags';

export interface ImportProblem extends ProblemDetail {
  /** Where in the document, e.g. `entries[3].accounts[0].id`; "" for the document itself. */
  path: string;
  /** 0-based index of the entry the problem is inside, when it is inside one. */
  entry?: number;
}

export type ParseListResult = { ok: true; list: CandidateList } | { ok: false; problems: ImportProblem[] };

/**
 * Reads a list file and reports every problem in it at once, so a maintainer
 * can fix a file in one pass. On success every account id is normalised and
 * accounts repeated within an entry are merged. Never throws.
 */
export function parseListFile(text: string): ParseListResult {
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, problems: [{ path: '', ...jsonSyntaxDetail(json, error) }] };
  }
  return parseListData(data);
}

/** The same checks on a document already parsed (or built from CSV by the maintainer CLI). */
export function parseListData(data: unknown): ParseListResult {
  if (!isObject(data)) return { ok: false, problems: [{ path: '', ...problemDetail('not-an-object') }] };
  // Another format version may mean anything by its other fields: judging them would mislead.
  if (data['format'] !== LIST_FORMAT) {
    const found = quoteValue(data['format']);
    return { ok: false, problems: [{ path: 'format', ...problemDetail('unsupported-format', { found, supported: LIST_FORMAT }) }] };
  }
  const problems: ImportProblem[] = fieldLimitProblems(data);
  // Nesting the browser cannot store or send: the rest is not worth judging.
  if (problems.some((problem) => problem.code === 'too-deep')) return { ok: false, problems: sortProblems(problems) };
  const parsed = CandidateListSchema.safeParse(data, { error: issueMessage });
  // One push per issue: spreading a million issues into one call overflows the stack.
  if (!parsed.success) for (const issue of parsed.error.issues) problems.push(toProblem(issue));
  const accounts = normaliseAccounts(data['entries'], problems);
  const hashtags = normaliseListHashtags(data, problems);
  if (!parsed.success || problems.length > 0) return { ok: false, problems: sortProblems(problems) };
  const entries = parsed.data.entries.map((entry, i) => withHashtags(withAccounts(entry, accounts[i] ?? []), hashtags.entries[i]));
  return { ok: true, list: withHashtags({ ...parsed.data, entries }, hashtags.list) };
}

/** A list or entry with its hashtags normalised; one without the field stays without it. */
function withHashtags<T extends { hashtags?: string[] | undefined }>(owner: T, tags: ListHashtags['list']): T {
  return tags === undefined ? owner : { ...owner, hashtags: tags };
}

/** One account of an entry: its normalised id and where it was written (more than once when repeated). */
interface AccountGroup {
  id: string;
  key: AccountKey;
  indices: number[];
}

/**
 * Normalises every account id straight from the raw document (so ids are
 * checked even in entries the schema rejected) and finds accounts claimed by
 * two entries. Returns the account groups of each entry.
 */
function normaliseAccounts(entries: unknown, problems: ImportProblem[]): AccountGroup[][] {
  if (!Array.isArray(entries)) return [];
  const owner = new Map<AccountKey, number>();
  return entries.map((entry: unknown, entryIndex) => {
    const groups: AccountGroup[] = [];
    const accounts = isObject(entry) ? entry['accounts'] : undefined;
    if (!Array.isArray(accounts)) return groups;
    accounts.forEach((account: unknown, index) => {
      if (!isObject(account)) return;
      const platform = PlatformSchema.safeParse(account['platform']);
      const raw = account['id'];
      // An id over its limit is reported as such; normalising it would only quote it back.
      if (!platform.success || typeof raw !== 'string' || raw.length > FIELD_LIMITS.accountId) return;
      // Built only for a problem: a million-account list would otherwise allocate a million paths.
      const path = () => `entries[${entryIndex}].accounts[${index}].id`;
      const result = normaliseAccount(platform.data, raw);
      if (!result.ok) {
        problems.push({ path: path(), entry: entryIndex, ...problemDetail('bad-account', { reason: result.reason }) });
        return;
      }
      const key = accountKey(result.account);
      const first = owner.get(key) ?? entryIndex;
      owner.set(key, first);
      if (first !== entryIndex) {
        const detail = problemDetail('duplicate-account', { account: key, entry: first, ...nameOf(entries[first]) });
        problems.push({ path: path(), entry: entryIndex, ...detail });
        return;
      }
      const group = groups.find((g) => g.key === key);
      if (group) group.indices.push(index);
      else groups.push({ id: result.account.id, key, indices: [index] });
    });
    return groups;
  });
}

/** The entry with normalised ids; a repeated account only adds fields its first mention lacks. */
function withAccounts(entry: ListEntry, groups: readonly AccountGroup[]): ListEntry {
  const accounts = groups.map(({ id, indices }): ListAccount => {
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
