import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { defaultLists } from '../../../src/lists/default-lists';
import { parseListFile } from '../../../src/lists/import';
import { buildAccountTable } from '../../../src/lists/listed-account';

const file = readFileSync(new URL('../../../candidate-lists/pilpres-2024.json', import.meta.url), 'utf8');

describe('the shipped Pilpres 2024 list', () => {
  test('passes the importer unchanged: valid, ids already normalised, no duplicates', () => {
    const result = parseListFile(file);
    expect(result).toEqual({ ok: true, list: JSON.parse(file) });
  });

  test('is what defaultLists() returns, validated once', () => {
    const lists = defaultLists();
    expect(lists.map((list) => list.id)).toEqual(['pilpres-2024']);
    expect(defaultLists()).toBe(lists);
  });

  test('lists the three presidential candidates on X', () => {
    const table = buildAccountTable(defaultLists());
    expect(table.get('x:aniesbaswedan')?.name).toBe('Anies Rasyid Baswedan');
    expect(table.get('x:prabowo')?.role).toBe('Presiden RI 2024–2029; Calon Presiden 2024 (nomor urut 2)');
    expect(table.get('x:ganjarpranowo')?.name).toBe('Ganjar Pranowo');
    expect(table.get('instagram:mohmahfudmd')?.name).toBe('Mohammad Mahfud MD');
  });

  test('every account has a source, and none claims a live check that was not made', () => {
    for (const entry of defaultLists()[0]?.entries ?? []) {
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
