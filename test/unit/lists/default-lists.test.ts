import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { defaultLists } from '../../../src/lists/default-lists';
import { parseListFile } from '../../../src/lists/import';
import { buildAccountTable } from '../../../src/lists/listed-account';
import { cli } from './cli-io';

const shipped = (name: string) => readFileSync(new URL(`../../../candidate-lists/${name}.json`, import.meta.url), 'utf8');
const file = shipped('pilpres-2024');
const SHIPPED = ['pilpres-2024', 'parties-2024', 'pilkada-dki-2024'];

describe('the shipped Pilpres 2024 list', () => {
  test('passes the importer unchanged: valid, ids already normalised, no duplicates', () => {
    const result = parseListFile(file);
    expect(result).toEqual({ ok: true, list: JSON.parse(file) });
  });

  test('is what defaultLists() returns first, validated once', () => {
    const lists = defaultLists();
    expect(lists.map((list) => list.id)).toEqual(SHIPPED);
    expect(defaultLists()).toBe(lists);
  });

  test('lists the three presidential candidates on X', () => {
    const table = buildAccountTable(defaultLists());
    expect(table.get('x:aniesbaswedan')?.name).toBe('Anies Rasyid Baswedan');
    expect(table.get('x:prabowo')?.role).toBe('Presiden RI 2024–2029; Calon Presiden 2024 (nomor urut 2)');
    expect(table.get('x:ganjarpranowo')?.name).toBe('Ganjar Pranowo');
    expect(table.get('instagram:mohmahfudmd')?.name).toBe('Mohammad Mahfud MD');
  });

  test('every account of every shipped list has a source, and none claims a live check that was not made', () => {
    for (const entry of defaultLists().flatMap((list) => list.entries)) {
      for (const account of entry.accounts) {
        expect(account.source, `${account.platform}:${account.id}`).toBeTruthy();
        expect(account.verified, `${account.platform}:${account.id}`).toBeUndefined();
      }
    }
  });

  test('keeps its period and says in its notes who is left out', () => {
    const [list] = defaultLists();
    expect(list?.period).toEqual({ from: '2022-06-14', until: '2024-10-20' });
    expect(list?.['notes']).toMatch(/Muhaimin.*Gibran/s);
  });
});

describe.each(SHIPPED)('the shipped list %s', (name) => {
  test('passes the importer unchanged and the maintainer CLI with every account sourced', async () => {
    const text = shipped(name);
    expect(parseListFile(text)).toEqual({ ok: true, list: JSON.parse(text) });
    expect(await cli({ [`${name}.json`]: text }, 'validate', `${name}.json`)).toMatchObject({ exit: 0 });
  });
});

describe('the shipped party and Pilkada DKI lists', () => {
  const table = buildAccountTable(defaultLists());

  test('name the national parties by their sourced X accounts', () => {
    const parties = defaultLists().find((list) => list.id === 'parties-2024');
    expect(parties?.entries.flatMap((entry) => entry.accounts.map((a) => a.id)).sort()).toEqual(
      ['nasdem', 'pdemokrat', 'pksejahtera', 'pdi_perjuangan', 'dpp_ppp', 'psi_id', 'hanura_official', 'gerindra', 'official_pan', 'partaiperindo', 'officialdpp_pbb', 'golkar5', 'beritapkb'].sort(),
    );
    expect(table.get('x:gerindra')?.listId).toBe('parties-2024');
  });

  test('carry the caveat on 2016-only accounts and name the parties left out', () => {
    const parties = defaultLists().find((list) => list.id === 'parties-2024');
    for (const id of ['golkar5', 'beritapkb']) {
      const entry = parties?.entries.find((e) => e.accounts.some((a) => a.id === id));
      expect(entry?.['notes'], id).toMatch(/2016/);
      expect(entry?.accounts[0]?.source, id).toMatch(/2016 data, may be outdated/);
    }
    expect(parties?.['notes']).toMatch(/Buruh.*Gelora.*PKN.*Garuda.*Ummat/s);
  });

  test('list Ridwan Kamil for Pilkada DKI and say whose accounts have no source', () => {
    expect(table.get('x:ridwankamil')).toMatchObject({ name: 'Ridwan Kamil', listId: 'pilkada-dki-2024' });
    const dki = defaultLists().find((list) => list.id === 'pilkada-dki-2024');
    expect(dki?.['notes']).toMatch(/Suswono.*Dharma Pongrekun.*Kun Wardana.*Rano Karno/s);
  });
});
