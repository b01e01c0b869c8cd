import { describe, expect, it } from 'vitest';
import { readManagedPolicy } from '../../../src/settings/managed-policy';

const KEY = 'MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqo='.slice(-44);

function area(value: Record<string, unknown> | Error) {
  return {
    get: async () => {
      if (value instanceof Error) throw value;
      return value;
    },
  };
}

describe('readManagedPolicy', () => {
  it('reports no policy when the browser has no managed storage', async () => {
    expect(await readManagedPolicy(undefined)).toEqual({ status: 'none' });
  });

  it("reports no policy when Firefox has no managed storage manifest", async () => {
    expect(await readManagedPolicy(area(new Error('Managed storage manifest not found')))).toEqual({ status: 'none' });
  });

  it('reports no policy when the managed area is empty', async () => {
    expect(await readManagedPolicy(area({}))).toEqual({ status: 'none' });
  });

  it('reads a full policy', async () => {
    const policy = {
      subscriptions: [{ url: 'https://lists.example.go.id/pemilu.json', publicKey: KEY }],
      logging: true,
      strict: true,
      hideProceed: true,
      warnOnlyDuringPeriod: false,
    };
    expect(await readManagedPolicy(area(policy))).toEqual({ status: 'active', policy });
  });

  it('refuses the whole policy, naming each problem, when part of it is malformed', async () => {
    const state = await readManagedPolicy(
      area({ logging: 'yes', subscriptions: [{ url: 'http://plain.example/list.json', publicKey: 'short' }] }),
    );
    expect(state.status).toBe('invalid');
    const problems = state.status === 'invalid' ? state.problems.join('\n') : '';
    expect(problems).toMatch(/^logging:/m);
    expect(problems).toMatch(/^subscriptions\.0\.url:/m);
    expect(problems).toMatch(/^subscriptions\.0\.publicKey:.*Ed25519/m);
  });
});
