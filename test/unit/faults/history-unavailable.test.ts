import { beforeEach, describe, expect, it } from 'vitest';
import { AccountTables } from '../../../src/background/account-tables';
import { Health } from '../../../src/background/health';
import { HealthReportSchema } from '../../../src/messaging/health';
import { openHistoryDb } from '../../../src/history/store';
import { freshRouter } from '../fake-background';
import { sampleEntry } from '../history/sample-entry';
import { refusingFactory } from './full-disk';

/** The browser will not open IndexedDB at all (Firefox private window, damaged profile). */

const PRIVATE_MODE = new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');

let route: (message: unknown) => Promise<unknown>;

beforeEach(async () => {
  const health = new Health();
  ({ route } = await freshRouter({
    tables: new AccountTables(health),
    historyDb: () => openHistoryDb(refusingFactory(PRIVATE_MODE)),
    health,
  }));
});

const health = async () => HealthReportSchema.parse(await route({ type: 'health:get' }));

describe('history storage unavailable', () => {
  it('says history is off, and why, before any decision was taken', async () => {
    expect((await health()).history).toEqual({ state: 'unavailable', reason: expect.stringContaining('InvalidStateError: A mutation') });
  });

  it('refuses a decision with the reason and still reports it as off, not as a failed write', async () => {
    expect(await route({ type: 'decision:log', entry: sampleEntry(1) })).toEqual({ error: expect.stringContaining('mutation') });
    expect((await health()).history.state).toBe('unavailable');
  });

  it('keeps the lists answering, so tabs still warn', async () => {
    expect(await route({ type: 'index:details', keys: ['x:aniesbaswedan', 'x:nobody'] })).toEqual({
      accounts: [expect.objectContaining({ key: 'x:aniesbaswedan' }), null],
    });
    expect(await route({ type: 'index:get', platform: 'x' })).not.toHaveProperty('error');
  });
});
