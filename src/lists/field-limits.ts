import { problemDetail } from './import-problem';
import { FIELD_LIMITS, MAX_NESTING } from './size-limits';

/** A field over its limit, or nesting too deep: where, and what (see ImportProblem). */
export interface LimitProblem extends ReturnType<typeof problemDetail> {
  path: string;
  entry?: number;
}

type Limit = number | 'sources';

const LIST_FIELDS: Readonly<Record<string, Limit>> = {
  title: FIELD_LIMITS.text,
  election: FIELD_LIMITS.text,
  region: FIELD_LIMITS.text,
  source: FIELD_LIMITS.source,
  sources: 'sources',
};
const ENTRY_FIELDS: Readonly<Record<string, Limit>> = {
  name: FIELD_LIMITS.text,
  role: FIELD_LIMITS.text,
  party: FIELD_LIMITS.text,
  election: FIELD_LIMITS.text,
  region: FIELD_LIMITS.text,
  source: FIELD_LIMITS.source,
  sources: 'sources',
};
const ACCOUNT_FIELDS: Readonly<Record<string, Limit>> = { id: FIELD_LIMITS.accountId, source: FIELD_LIMITS.source };

/** Where a problem is: a path built only when there is one, and the entry it is in. */
interface At {
  path: () => string;
  entry?: number;
}

/**
 * Every text in a parsed list over its length limit (src/lists/size-limits.ts),
 * every field name over its own, and every array or object nested deeper than
 * MAX_NESTING, which the browser could not store or send (structured clone and
 * JSON.stringify recurse). Walks without recursion, so no document, however
 * deep, overflows the stack; the usual shape (entries, accounts) is walked
 * with plain loops and builds no path unless a problem needs one.
 */
export function fieldLimitProblems(data: Record<string, unknown>): LimitProblem[] {
  const problems: LimitProblem[] = [];
  forEachLimitProblem(data, (problem) => void problems.push(problem));
  return problems;
}

/** fieldLimitProblems, each problem sent to `report` as found: a million of them are never held at once. */
export function forEachLimitProblem(data: Record<string, unknown>, report: (problem: LimitProblem) => void): void {
  const add = (at: At, detail: ReturnType<typeof problemDetail>) =>
    report(at.entry === undefined ? { path: at.path(), ...detail } : { path: at.path(), entry: at.entry, ...detail });

  const walk = (value: unknown, limit: Limit, at: At, depth: number): void => {
    const max = limit === 'sources' ? FIELD_LIMITS.source : limit;
    if (typeof value === 'string') {
      if (value.length > max) add(at, problemDetail('too-long', { limit: max, length: value.length }));
    } else if (typeof value === 'object' && value !== null) {
      walkNested(value, limit === 'sources' ? FIELD_LIMITS.source : FIELD_LIMITS.other, at, depth, add);
    }
  };
  const fields = (object: Record<string, unknown>, known: Readonly<Record<string, Limit>>, at: At, depth: number, skip?: string) => {
    for (const key in object) {
      if (key === skip) continue;
      const limit = Object.hasOwn(known, key) ? known[key]! : FIELD_LIMITS.other;
      if (key.length > FIELD_LIMITS.fieldName) {
        add(at, problemDetail('field-name-too-long', { limit: FIELD_LIMITS.fieldName, length: key.length }));
        continue;
      }
      const value = object[key];
      // The usual case allocates nothing: a text within the smallest limit.
      if (typeof value === 'string' && value.length <= FIELD_LIMITS.text) continue;
      walk(value, limit, { ...at, path: () => joinKey(at.path(), key) }, depth + 1);
    }
  };

  fields(data, LIST_FIELDS, { path: () => '' }, 0, 'entries');
  const entries = data['entries'];
  if (!Array.isArray(entries)) {
    walk(entries, FIELD_LIMITS.other, { path: () => 'entries' }, 1);
    return;
  }
  // Called only for an account with something to check, so the loop below allocates nothing per account.
  const checkAccount = (account: unknown, e: number, a: number) => {
    const accountAt: At = { path: () => `entries[${e}].accounts[${a}]`, entry: e };
    if (isRecord(account)) fields(account, ACCOUNT_FIELDS, accountAt, 4);
    else walk(account, FIELD_LIMITS.other, accountAt, 4);
  };
  const checkEntry = (entry: unknown, e: number): unknown[] | null => {
    const entryAt: At = { path: () => `entries[${e}]`, entry: e };
    if (!isRecord(entry)) {
      walk(entry, FIELD_LIMITS.other, entryAt, 2);
      return null;
    }
    if (!allShort(entry, 'accounts')) fields(entry, ENTRY_FIELDS, entryAt, 2, 'accounts');
    const accounts = entry['accounts'];
    if (Array.isArray(accounts)) return accounts;
    walk(accounts, FIELD_LIMITS.other, { path: () => `entries[${e}].accounts`, entry: e }, 3);
    return null;
  };

  for (let e = 0; e < entries.length; e++) {
    const accounts = checkEntry(entries[e], e);
    if (accounts === null) continue;
    for (let a = 0; a < accounts.length; a++) {
      const account: unknown = accounts[a];
      // A million accounts: only one with something long gets a path built.
      if (!isRecord(account) || !allShort(account)) checkAccount(account, e, a);
    }
  }
}

/**
 * Anything below the usual shape: every text at `limit`, nesting counted from
 * `depth` (the containers above this one). An explicit stack, not recursion.
 */
function walkNested(root: object, limit: number, at: At, depth: number, add: (at: At, detail: ReturnType<typeof problemDetail>) => void): void {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: at.path(), depth: depth + 1 }];
  const here = (path: string): At => (at.entry === undefined ? { path: () => path } : { path: () => path, entry: at.entry });
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { value, path } = top;
    if (typeof value === 'string') {
      if (value.length > limit) add(here(path), problemDetail('too-long', { limit, length: value.length }));
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (top.depth > MAX_NESTING) {
      add(here(path), problemDetail('too-deep', { max: MAX_NESTING }));
      continue;
    }
    const children: { value: unknown; path: string; depth: number }[] = [];
    if (Array.isArray(value)) {
      value.forEach((item: unknown, i) => children.push({ value: item, path: `${path}[${i}]`, depth: top.depth + 1 }));
    } else {
      for (const [key, item] of Object.entries(value)) {
        if (key.length > FIELD_LIMITS.fieldName) {
          add(here(path), problemDetail('field-name-too-long', { limit: FIELD_LIMITS.fieldName, length: key.length }));
        } else {
          children.push({ value: item, path: joinKey(path, key), depth: top.depth + 1 });
        }
      }
    }
    // Reversed onto the stack, so problems come out in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

// Read once: under the CLI's loader an imported binding is a getter, too slow for a million accounts.
const SHORT = FIELD_LIMITS.text;
const NAME = FIELD_LIMITS.fieldName;

/** Whether every field but `skip` is a text within the smallest limit, under a name within its own: nothing to check. */
function allShort(object: Record<string, unknown>, skip?: string): boolean {
  for (const key in object) {
    if (key === skip) continue;
    const value = object[key];
    if (typeof value !== 'string' || value.length > SHORT || key.length > NAME) return false;
  }
  return true;
}

function joinKey(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
