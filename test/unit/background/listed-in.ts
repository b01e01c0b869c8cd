import { expect } from 'vitest';
import type { AccountTables } from '../../../src/background/account-tables';
import { mightContain } from '../../../src/lists/account-filter';
import type { Platform } from '../../../src/lists/platform';

/**
 * Whether the background lists `key`, checked the way a tab meets it: the
 * platform's filter must let every listed key through (or a tab would never
 * ask), and the exact table decides.
 */
export async function listedIn(tables: AccountTables, key: string): Promise<boolean> {
  const [details] = await tables.details([key]);
  const filter = await tables.filterFor(key.slice(0, key.indexOf(':')) as Platform);
  if (details) expect(mightContain(filter, key), `${key} passes its platform's filter`).toBe(true);
  return details !== null && details !== undefined;
}
