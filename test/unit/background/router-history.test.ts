import { beforeEach, describe, expect, it } from 'vitest';
import { listDecisions } from '../history/store-access';
import { DEFAULT_PREFERENCES, preferences } from '../../../src/settings/preferences';
import { sampleEntry } from '../history/sample-entry';
import { policyFlags } from '../../../src/settings/policy-flags';
import { freshRouter } from '../fake-background';

/** The router's history side: the logging switch, reasons, and the popup's count. */

let db: IDBDatabase;
let route: (message: unknown) => Promise<unknown>;

beforeEach(async () => {
  ({ db, route } = await freshRouter());
});

describe('decision:log', () => {
  it('writes nothing when the user switched history off, and says so', async () => {
    await preferences.setValue({ ...DEFAULT_PREFERENCES, logging: false });
    expect(await route({ type: 'decision:log', entry: sampleEntry(1) })).toEqual({ ok: true, logged: false });
    expect(await listDecisions(db)).toEqual([]);
  });

  it('writes again once history is switched back on', async () => {
    await preferences.setValue({ ...DEFAULT_PREFERENCES, logging: false });
    await route({ type: 'decision:log', entry: sampleEntry(1) });
    await preferences.setValue(DEFAULT_PREFERENCES);
    expect(await route({ type: 'decision:log', entry: sampleEntry(2) })).toEqual({ ok: true, logged: true });
    expect((await listDecisions(db)).map((e) => e.id)).toEqual([sampleEntry(2).id]);
  });

  it('keeps the reason typed in strict mode', async () => {
    const entry = { ...sampleEntry(1, { decision: 'proceeded' }), reason: 'Memantau untuk tugas kantor' };
    await route({ type: 'decision:log', entry });
    expect(await listDecisions(db)).toEqual([entry]);
  });

  it('refuses a reason longer than 500 characters', async () => {
    const entry = { ...sampleEntry(1, { decision: 'proceeded' }), reason: 'x'.repeat(501) };
    expect(await route({ type: 'decision:log', entry })).toEqual({ error: expect.stringMatching(/malformed message/) });
    expect(await listDecisions(db)).toEqual([]);
  });
});

describe('history:count-since', () => {
  it('counts the decisions at or after a time', async () => {
    for (const [n, at] of [[1, 1_000], [2, 5_000], [3, 9_000]] as const) {
      await route({ type: 'decision:log', entry: sampleEntry(n, { at }) });
    }
    expect(await route({ type: 'history:count-since', since: 5_000 })).toEqual({ count: 2 });
    expect(await route({ type: 'history:count-since', since: 10_000 })).toEqual({ count: 0 });
  });

  it.each([[-1], [1.5], ['today']])('refuses since = %j', async (since) => {
    expect(await route({ type: 'history:count-since', since })).toEqual({ error: expect.stringMatching(/malformed message/) });
  });
});

describe('decision:log under an institution policy', () => {
  it("writes nothing when the policy forces logging off, whatever the user's setting", async () => {
    await policyFlags.setValue({ logging: false });
    expect(await route({ type: 'decision:log', entry: sampleEntry(1) })).toEqual({ ok: true, logged: false });
    expect(await listDecisions(db)).toEqual([]);
  });

  it('writes when the policy forces logging on, though the user switched it off', async () => {
    await preferences.setValue({ ...DEFAULT_PREFERENCES, logging: false });
    await policyFlags.setValue({ logging: true });
    expect(await route({ type: 'decision:log', entry: sampleEntry(1) })).toEqual({ ok: true, logged: true });
  });
});
