import { problemDetail, type ProblemDetail } from './import-problem';

/**
 * The largest list the extension takes: above these a file is refused before
 * it is parsed, because parsing and indexing it would stall the browser. The
 * account cap is twice the 1,000,000 the per-tab index is sized for.
 */
export const MAX_LIST_BYTES = 64 * 1024 * 1024;
export const MAX_LIST_ACCOUNTS = 2_000_000;

/**
 * The longest text each field takes, in UTF-16 code units (JavaScript's
 * `length`: a character outside the Basic Multilingual Plane, such as an
 * emoji, counts as two). Far above any real list (the shipped lists' longest
 * source is 258, their longest notes 1,709) and low enough that no field can
 * stall a page that shows it. docs/lists.md "Size limits" lists them too.
 */
export const FIELD_LIMITS = {
  /** title, name, role, party, election, region. */
  text: 300,
  /** An account id as written: a handle, or the URL of the profile. */
  accountId: 300,
  /** One source: a URL, or a publication, date and the words that name the account. */
  source: 2_048,
  /** `notes`, and any other text: unknown fields, dates, platform, format. */
  other: 10_000,
  /** The name of an unknown field. */
  fieldName: 300,
} as const;

/** Arrays and objects inside one another; a list itself needs 5 (list, entries, entry, accounts, account). */
export const MAX_NESTING = 32;

const PLATFORM_KEY = '"platform"';

/**
 * Accounts in a list file without parsing it: every account has a `platform`
 * key, and inside a JSON string the quotes would be escaped, so this counts
 * keys only. An upper bound, exact for files that use `platform` nowhere else.
 */
export function estimateAccounts(text: string): number {
  let count = 0;
  for (let at = text.indexOf(PLATFORM_KEY); at !== -1; at = text.indexOf(PLATFORM_KEY, at + PLATFORM_KEY.length)) count++;
  return count;
}

function tooLargeDetail(bytes: number): ProblemDetail | null {
  return bytes > MAX_LIST_BYTES ? problemDetail('too-large', { megabytes: megabytes(bytes), maxMegabytes: megabytes(MAX_LIST_BYTES) }) : null;
}

function tooManyDetail(accounts: number): ProblemDetail | null {
  return accounts > MAX_LIST_ACCOUNTS ? problemDetail('too-many-accounts', { accounts, max: MAX_LIST_ACCOUNTS }) : null;
}

export function fileTooLarge(bytes: number): string | null {
  return tooLargeDetail(bytes)?.message ?? null;
}

export function tooManyAccounts(accounts: number): string | null {
  return tooManyDetail(accounts)?.message ?? null;
}

/** Why a list text is refused before parsing, or null. Text length bounds its UTF-8 size from below. */
export function sizeProblem(text: string): ProblemDetail | null {
  return tooLargeDetail(text.length) ?? tooManyDetail(estimateAccounts(text));
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1);
}
