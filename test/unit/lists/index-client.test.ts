import { describe, expect, it, vi } from 'vitest';
import { IndexClient, type IndexSource } from '../../../src/lists/index-client';
import { buildAccountFilter } from '../../../src/lists/account-filter';
import type { ListedAccount } from '../../../src/lists/listed-account';
import type { AccountKey } from '../../../src/lists/platform';

const anies: ListedAccount = { key: 'x:aniesbaswedan', name: 'Anies', listId: 'l', listTitle: 'L', entryIndex: 0 };
const kompas: ListedAccount = { ...anies, key: 'x:kompascom', name: 'Kompas' };

/** A background listing `accounts`; counts the detail requests it answers. */
function source(accounts: () => ListedAccount[]) {
  const details = vi.fn(async (keys: AccountKey[]) => keys.map((key) => accounts().find((a) => a.key === key) ?? null));
  const src: IndexSource = {
    filter: async () => buildAccountFilter(accounts().map((a) => a.key), accounts().length),
    details,
  };
  return { src, details };
}

const ANIES = { platform: 'x', id: 'aniesbaswedan' } as const;
const KOMPAS = { platform: 'x', id: 'kompascom' } as const;

describe('IndexClient', () => {
  it('is undecided until the first filter arrives, so nothing slips through at start', async () => {
    const client = new IndexClient(source(() => [anies]).src);
    expect(client.verdict(ANIES)).toEqual({ kind: 'undecided' });
    await client.refresh();
    expect(client.verdict(KOMPAS)).toEqual({ kind: 'unlisted' });
  });

  it('asks the background once about a "maybe", then answers synchronously', async () => {
    const { src, details } = source(() => [anies]);
    const client = new IndexClient(src);
    await client.refresh();
    expect(client.verdict(ANIES)).toEqual({ kind: 'undecided' });
    expect(await client.confirm(ANIES)).toEqual({ kind: 'listed', listed: anies });
    expect(client.verdict(ANIES)).toEqual({ kind: 'listed', listed: anies });
    await client.confirm(ANIES);
    expect(details).toHaveBeenCalledOnce();
  });

  it('asks about several accounts met in the same moment in one message', async () => {
    const { src, details } = source(() => [anies, kompas]);
    const client = new IndexClient(src);
    await client.refresh();
    const answers = await Promise.all([client.confirm(ANIES), client.confirm(KOMPAS), client.confirm(ANIES)]);
    expect(answers.map((a) => a.kind)).toEqual(['listed', 'listed', 'listed']);
    expect(details).toHaveBeenCalledOnce();
    expect(details.mock.calls[0]![0]).toEqual(['x:aniesbaswedan', 'x:kompascom']);
  });

  it('waits for the filter when asked to confirm before it arrives', async () => {
    const client = new IndexClient(source(() => [anies]).src);
    const answer = client.confirm(KOMPAS);
    await client.refresh();
    expect(await answer).toEqual({ kind: 'unlisted' });
  });

  it('forgets confirmations when the lists change', async () => {
    let accounts = [anies];
    const client = new IndexClient(source(() => accounts).src);
    await client.refresh();
    await client.confirm(ANIES);
    accounts = [kompas];
    await client.refresh();
    expect(client.verdict(ANIES).kind).toBe('unlisted');
    expect(await client.confirm(KOMPAS)).toEqual({ kind: 'listed', listed: kompas });
  });

  it('finds an author it answered "unlisted" many times listed once the lists name them', async () => {
    // The same object each time, as a feed's repeated author links give it.
    const author = Object.freeze({ platform: 'x', id: 'kompascom' } as const);
    let accounts = [anies];
    const client = new IndexClient(source(() => accounts).src);
    await client.refresh();
    for (let post = 0; post < 3; post++) expect(client.verdict(author)).toEqual({ kind: 'unlisted' });
    accounts = [anies, kompas];
    await client.refresh();
    expect(client.verdict(author).kind).not.toBe('unlisted');
    expect(await client.confirm(author)).toEqual({ kind: 'listed', listed: kompas });
  });

  it('knows an account still listed at once after the lists change, asking for all of them in one message', async () => {
    let accounts = [anies];
    const { src, details } = source(() => accounts);
    const client = new IndexClient(src);
    await client.refresh();
    await client.confirm(ANIES);
    accounts = [anies, kompas];
    await client.refresh();
    // Never undecided in between: a marker on its post stays where it is.
    expect(client.verdict(ANIES)).toEqual({ kind: 'listed', listed: anies });
    expect(details).toHaveBeenCalledTimes(2);
    expect(client.verdict(KOMPAS).kind).toBe('undecided');
  });

  it('keeps a listed account listed when the lists change but the background does not answer about it', async () => {
    let answering = true;
    const client = new IndexClient({
      filter: async () => buildAccountFilter([anies.key, kompas.key], 2),
      details: async (keys) => {
        if (!answering) throw new Error('no answer');
        return keys.map((key) => [anies, kompas].find((a) => a.key === key) ?? null);
      },
    });
    await client.refresh();
    await client.confirm(ANIES);
    answering = false;
    await expect(client.refresh()).rejects.toThrow('no answer');
    // Its marker stays: the tab keeps the lists it had until a refresh is answered in full.
    expect(client.verdict(ANIES)).toEqual({ kind: 'listed', listed: anies });
    answering = true;
    await client.refresh();
    expect(client.verdict(ANIES)).toEqual({ kind: 'listed', listed: anies });
  });

  it('keeps what it had when a refresh fails, and passes on a failed confirmation', async () => {
    let fail = false;
    const client = new IndexClient({
      filter: async () => {
        if (fail) throw new Error('service worker gone');
        return buildAccountFilter([anies.key], 1);
      },
      details: async () => {
        throw new Error('no answer');
      },
    });
    await client.refresh();
    fail = true;
    await expect(client.refresh()).rejects.toThrow('service worker gone');
    expect(client.verdict(KOMPAS).kind).toBe('unlisted');
    await expect(client.confirm(ANIES)).rejects.toThrow('no answer');
  });

  it('stops holding actions once it gives up on lists that never loaded', async () => {
    const client = new IndexClient({
      filter: async () => {
        throw new Error('no background');
      },
      details: async () => [],
    });
    await expect(client.refresh()).rejects.toThrow();
    client.giveUp();
    expect(await client.confirm(ANIES)).toEqual({ kind: 'unlisted' });
  });
});

describe('IndexClient and listed hashtags', () => {
  const amin = { key: '#aminajadulu', name: 'Anies', listId: 'l', listTitle: 'L' } as const;

  it('answers a hashtag from the same filter, confirming a "maybe" with the background', async () => {
    const details = vi.fn(async (keys: string[]) => keys.map((key) => (key === amin.key ? amin : null)));
    const client = new IndexClient({ filter: async () => buildAccountFilter([anies.key, amin.key], 2), details });
    await client.refresh();
    expect(client.hashtagVerdict('lainnya')).toEqual({ kind: 'unlisted' });
    expect(client.hashtagVerdict('aminajadulu')).toEqual({ kind: 'undecided' });
    expect(await client.confirmHashtag('aminajadulu')).toEqual({ kind: 'listed', listed: amin });
    expect(client.hashtagVerdict('aminajadulu')).toEqual({ kind: 'listed', listed: amin });
    expect(details.mock.calls[0]![0]).toEqual(['#aminajadulu']);
  });

  it('never takes an account for a hashtag of the same name', async () => {
    const client = new IndexClient({ filter: async () => buildAccountFilter([anies.key], 1), details: async () => [anies] });
    await client.refresh();
    expect(client.hashtagVerdict('aniesbaswedan')).toEqual({ kind: 'unlisted' });
  });
});
