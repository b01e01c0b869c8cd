import { describe, expect, it } from 'vitest';
import { IndexClient } from '../../../src/lists/index-client';
import type { ListedAccount } from '../../../src/lists/listed-account';

const anies: ListedAccount = { key: 'x:aniesbaswedan', name: 'Anies', listId: 'l', listTitle: 'L', entryIndex: 0 };

describe('IndexClient', () => {
  it('answers pending until the first copy of the lists arrives', async () => {
    const client = new IndexClient(async () => [anies]);
    expect(client.verdict({ platform: 'x', id: 'aniesbaswedan' })).toEqual({ kind: 'pending' });
    await client.refresh();
    expect(client.verdict({ platform: 'x', id: 'aniesbaswedan' })).toEqual({ kind: 'listed', listed: anies });
    expect(client.verdict({ platform: 'x', id: 'kompascom' })).toEqual({ kind: 'unlisted' });
    await expect(client.ready()).resolves.toBeUndefined();
  });

  it('takes a new copy in place of the old one', async () => {
    let accounts = [anies];
    const client = new IndexClient(async () => accounts);
    await client.refresh();
    accounts = [{ ...anies, key: 'x:kompascom' }];
    await client.refresh();
    expect(client.verdict({ platform: 'x', id: 'aniesbaswedan' }).kind).toBe('unlisted');
    expect(client.verdict({ platform: 'x', id: 'kompascom' }).kind).toBe('listed');
  });

  it('keeps what it had when a refresh fails', async () => {
    let fail = false;
    const client = new IndexClient(async () => {
      if (fail) throw new Error('service worker gone');
      return [anies];
    });
    await client.refresh();
    fail = true;
    await expect(client.refresh()).rejects.toThrow('service worker gone');
    expect(client.verdict({ platform: 'x', id: 'aniesbaswedan' }).kind).toBe('listed');
    client.giveUp();
    expect(client.verdict({ platform: 'x', id: 'aniesbaswedan' }).kind).toBe('listed');
  });

  it('stops holding actions once it gives up on a list that never loaded', async () => {
    const client = new IndexClient(async () => {
      throw new Error('no background');
    });
    await expect(client.refresh()).rejects.toThrow();
    client.giveUp();
    await client.ready();
    expect(client.verdict({ platform: 'x', id: 'aniesbaswedan' })).toEqual({ kind: 'unlisted' });
  });
});
