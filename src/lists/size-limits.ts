import { problemDetail, type ProblemDetail } from './import-problem';

/**
 * The largest list the extension takes: above these a file is refused before
 * it is parsed, because parsing and indexing it would stall the browser. The
 * account cap is twice the 1,000,000 the per-tab index is sized for.
 */
export const MAX_LIST_BYTES = 64 * 1024 * 1024;
export const MAX_LIST_ACCOUNTS = 2_000_000;

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
