import { isObject } from '../import';
import { normaliseAccount } from '../normalise';
import { accountKey } from '../platform';
import { PlatformSchema } from '../platform-schema';
import { dedupeHashtags } from './dedupe-hashtags';

export interface Deduped {
  data: Record<string, unknown>;
  /** One line per merge or removal, for the maintainer to review. */
  report: string[];
}

/**
 * Merges entries for the same person (same name, role and party) and keeps
 * each account and campaign hashtag once, in the first entry naming it; a
 * later mention only adds fields the first lacks. Entries left without accounts are dropped. Works on
 * the raw document, so it can repair a file the importer refuses for
 * duplicates; what it cannot read it leaves for the importer to report.
 */
export function dedupeList(document: Record<string, unknown>): Deduped {
  const report: string[] = [];
  const entries = Array.isArray(document['entries']) ? (document['entries'] as unknown[]) : [];
  const people = new Map<string, Record<string, unknown>>();
  const accounts = new Map<string, { account: Record<string, unknown>; owner: unknown }>();
  const kept: Record<string, unknown>[] = [];

  entries.forEach((entry, e) => {
    if (!isObject(entry) || !Array.isArray(entry['accounts'])) {
      kept.push(entry as Record<string, unknown>);
      return;
    }
    const person = JSON.stringify([entry['name'], entry['role'], entry['party']]);
    const earlier = people.get(person);
    const target = earlier ?? { ...entry, accounts: [] };
    if (earlier) {
      if (Array.isArray(entry['hashtags'])) earlier['hashtags'] = [...(Array.isArray(earlier['hashtags']) ? earlier['hashtags'] : []), ...entry['hashtags']];
      fillMissing(earlier, entry);
      report.push(`entries[${e}] merged into the earlier entry for ${JSON.stringify(entry['name'])}`);
    } else {
      people.set(person, target);
      kept.push(target);
    }
    const targetAccounts = target['accounts'] as unknown[];
    (entry['accounts'] as unknown[]).forEach((account, a) => {
      const key = keyOf(account);
      const first = key === null ? undefined : accounts.get(key);
      if (first === undefined) {
        if (key !== null) accounts.set(key, { account: account as Record<string, unknown>, owner: target['name'] });
        targetAccounts.push(account);
        return;
      }
      fillMissing(first.account, account as Record<string, unknown>);
      report.push(`entries[${e}].accounts[${a}] removed: ${key} is already listed for ${JSON.stringify(first.owner)}`);
    });
  });

  const result = kept.filter((entry) => !isObject(entry) || !Array.isArray(entry['accounts']) || entry['accounts'].length > 0);
  if (result.length < kept.length) report.push(`${kept.length - result.length} entries left without accounts removed`);
  const data = { ...document, entries: result };
  dedupeHashtags(data, report);
  return { data, report };
}

function keyOf(account: unknown): string | null {
  if (!isObject(account) || typeof account['id'] !== 'string') return null;
  const platform = PlatformSchema.safeParse(account['platform']);
  if (!platform.success) return null;
  const normalised = normaliseAccount(platform.data, account['id']);
  return normalised.ok ? accountKey(normalised.account) : null;
}

function fillMissing(target: Record<string, unknown>, from: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(from)) if (key !== 'accounts' && !(key in target)) target[key] = value;
}
