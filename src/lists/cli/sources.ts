import { isObject, type ImportProblem } from '../import';

/** A problem the CLI reports in English only: the extension's pages never show these. */
export type MaintainerProblem = Pick<ImportProblem, 'path' | 'entry' | 'message'> & {
  /** The importer's code, or one of the CLI's own: `missing-source`, `refused-by-extension`. */
  code: string;
};

const MISSING =
  'is required in a maintained list: give the URL or publication the account was found in (or a source for the whole entry)';

/**
 * The sources policy for maintainers (docs/lists.md): every account names
 * where it was found, itself or through its entry. The importer does not ask
 * this of users' own lists. Each problem goes to `add` as it is found: a
 * million-account list without sources must not hold a million at once.
 */
export function missingSources(data: unknown, add: (problem: MaintainerProblem) => void): void {
  const entries = isObject(data) ? data['entries'] : undefined;
  if (!Array.isArray(entries)) return;
  entries.forEach((entry: unknown, e) => {
    if (!isObject(entry) || hasText(entry['source']) || hasSources(entry['sources'])) return;
    const accounts = entry['accounts'];
    if (!Array.isArray(accounts)) return;
    accounts.forEach((account: unknown, a) => {
      if (isObject(account) && !hasText(account['source'])) {
        add({ path: `entries[${e}].accounts[${a}].source`, entry: e, code: 'missing-source', message: MISSING });
      }
    });
  });
}

function hasText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

function hasSources(value: unknown): boolean {
  return Array.isArray(value) && value.some(hasText);
}
