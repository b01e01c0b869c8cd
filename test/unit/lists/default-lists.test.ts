import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { defaultLists } from '../../../src/lists/default-lists';
import { parseListFile } from '../../../src/lists/import';
import { buildAccountTable } from '../../../src/lists/listed-account';
import type { CandidateList } from '../../../src/lists/schema';
import { cli } from './cli-io';

const shipped = (name: string) => readFileSync(new URL(`../../../candidate-lists/${name}.json`, import.meta.url), 'utf8');
const SHIPPED = [
  'pilpres-2024',
  'parties-2024',
  'pilkada-dki-2024',
  'pilkada-jabar-2024',
  'pilkada-jatim-2024',
  'pilkada-jateng-2024',
  'pilkada-sumut-2024',
];
const list = (id: string): CandidateList => {
  const found = defaultLists().find((l) => l.id === id);
  if (!found) throw new Error(`no shipped list ${id}`);
  return found;
};
const accounts = () =>
  defaultLists().flatMap((l) => l.entries.flatMap((entry) => entry.accounts.map((account) => ({ list: l, entry, account }))));
const table = buildAccountTable(defaultLists());

describe.each(SHIPPED)('the shipped list %s', (name) => {
  test('passes the importer unchanged and the maintainer CLI with every account sourced', async () => {
    const text = shipped(name);
    expect(parseListFile(text)).toEqual({ ok: true, list: JSON.parse(text) });
    expect(await cli({ [`${name}.json`]: text }, 'validate', `${name}.json`)).toMatchObject({ exit: 0 });
  });

  test('defines "verified" in its notes as a read source, not an opened account', () => {
    expect(list(name)['notes']).toMatch(/read the cited source.*not opened on the platform/s);
  });
});

describe('the shipped lists', () => {
  test('are what defaultLists() returns, in priority order, validated once', () => {
    const lists = defaultLists();
    expect(lists.map((l) => l.id)).toEqual(SHIPPED);
    expect(defaultLists()).toBe(lists);
  });

  test('give every account the address of the page that names it and the day that page was read', () => {
    for (const { list: l, account } of accounts()) {
      const label = `${l.id} ${account.platform}:${account.id}`;
      expect(account.source, label).toMatch(/^https?:\/\/\S+ \(.+\)$/);
      expect(account.verified, label).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(account.verified! <= l.updated, label).toBe(true);
    }
  });

  test('say in the entry when only a 2016 page names an account', () => {
    const old = accounts().filter(({ account }) => account.source?.includes('2016 data, may be outdated'));
    expect(old.map(({ account }) => account.id).sort()).toEqual(
      ['beritapkb', 'dpp_ppp', 'golkar5', 'hanura_official', 'nasdem', 'official_pan', 'pbb2019'].sort(),
    );
    for (const { entry, account } of old) expect(entry['notes'], account.id).toMatch(/2016 source/);
  });

  test('leave out government channels and accounts no page names', () => {
    const absent = ['instagram:presidenrepublikindonesia', 'instagram:republikindonesia', 'x:partaiperindo', 'x:officialdpp_pbb'] as const;
    for (const key of absent) expect(table.get(key), key).toBeUndefined();
  });
});

describe('the shipped Pilpres 2024 list', () => {
  test('covers both members of all three pairs, with the offices they now hold', () => {
    expect(table.get('x:aniesbaswedan')).toMatchObject({ name: 'Anies Rasyid Baswedan', listId: 'pilpres-2024' });
    expect(table.get('x:cakiminow')?.role).toMatch(/^Menteri Koordinator.*Calon Wakil Presiden 2024 \(nomor urut 1\)/);
    expect(table.get('x:prabowo')?.role).toMatch(/^Presiden RI 2024–2029/);
    expect(table.get('instagram:gibran_rakabuming')).toMatchObject({ name: 'Gibran Rakabuming Raka' });
    expect(table.get('x:gibran_tweet')?.role).toMatch(/^Wakil Presiden RI 2024–2029/);
    expect(table.get('x:ganjarpranowo')?.name).toBe('Ganjar Pranowo');
    expect(table.get('tiktok:ganjarpranowofc')?.name).toBe('Ganjar Pranowo');
    expect(table.get('tiktok:gibran_rakabuming')?.name).toBe('Gibran Rakabuming Raka');
    expect(table.get('tiktok:mohmahfudmdofficial')?.name).toBe('Mohammad Mahfud MD');
  });

  test('runs from the start of the stages to the inauguration and names the campaign teams it could not source', () => {
    const pilpres = list('pilpres-2024');
    expect(pilpres.period).toEqual({ from: '2022-06-14', until: '2024-10-20' });
    expect(pilpres['notes']).toMatch(/Left out for want of a page naming their accounts: Timnas AMIN and TPN Ganjar–Mahfud/);
  });

  test('names the TKN’s official channels on four platforms, and a Facebook page and YouTube channels of candidates', () => {
    const tkn = 'Tim Kampanye Nasional (TKN) Prabowo–Gibran';
    for (const key of ['x:prabowogibran2', 'instagram:prabowo.gibran2', 'youtube:@prabowogibran2', 'tiktok:prabowo.gibran2'] as const) {
      expect(table.get(key)?.name, key).toBe(tkn);
    }
    expect(table.get('facebook:prabowosubianto')?.name).toBe('Prabowo Subianto');
    expect(table.get('youtube:@gibrantv')?.name).toBe('Gibran Rakabuming Raka');
    expect(table.get('youtube:@ganjarpranowo')?.name).toBe('Ganjar Pranowo');
  });
});

describe('the shipped Pilkada 2024 governor lists', () => {
  test('run from the start of the Pilkada stages to the governors’ inauguration, and say who is left out', () => {
    for (const id of ['pilkada-jabar-2024', 'pilkada-jatim-2024', 'pilkada-jateng-2024', 'pilkada-sumut-2024']) {
      expect(list(id).period, id).toEqual({ from: '2024-01-26', until: '2025-02-20' });
      expect(list(id)['notes'], id).toMatch(/Left out for want of a page naming an account/);
    }
    expect(table.get('tiktok:dedimulyadiofficial')).toMatchObject({ name: 'Dedi Mulyadi', listId: 'pilkada-jabar-2024' });
    expect(table.get('instagram:bobbynst')).toMatchObject({ listId: 'pilkada-sumut-2024' });
  });
});

describe('the shipped party list', () => {
  test('names parties by accounts a page calls theirs, on more than X', () => {
    expect(table.get('x:gerindra')).toMatchObject({ name: 'Partai Gerakan Indonesia Raya (Gerindra)', listId: 'parties-2024' });
    expect(table.get('instagram:pdiperjuangan')?.name).toBe('PDI Perjuangan');
    expect(table.get('instagram:golkar.indonesia')?.name).toBe('Partai Golongan Karya (Golkar)');
    expect(table.get('x:partaigeloraid')?.role).toMatch(/nomor urut 7$/);
  });

  test('names the national parties it has no account for', () => {
    expect(list('parties-2024')['notes']).toMatch(/Perindo.*Partai Buruh.*PKN.*Partai Garuda.*Partai Ummat/s);
  });
});

describe('the shipped Pilkada DKI list', () => {
  test('lists the winning pair as the governor and vice-governor they became', () => {
    expect(table.get('instagram:pramonoanungw')?.role).toMatch(/^Gubernur DKI Jakarta \(dilantik 20 Februari 2025\)/);
    expect(table.get('instagram:si.rano')?.role).toMatch(/^Wakil Gubernur DKI Jakarta/);
    expect(table.get('x:ridwankamil')).toMatchObject({ name: 'Ridwan Kamil', listId: 'pilkada-dki-2024' });
  });

  test('runs from PKPU 2/2024 to the inauguration and says whose accounts have no source', () => {
    const dki = list('pilkada-dki-2024');
    expect(dki.period).toEqual({ from: '2024-01-26', until: '2025-02-20' });
    expect(dki['notes']).toMatch(/Suswono.*Dharma Pongrekun.*Kun Wardana/s);
  });
});
