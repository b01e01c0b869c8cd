import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseListFile } from '../../../src/lists/import';
import { normaliseAccount } from '../../../src/lists/normalise';
import { PLATFORMS } from '../../../src/lists/platform';
import { importListText } from '../../../src/background/import-list';
import { importedLists, listsRevision } from '../../../src/settings/imported-lists';
import { PROTO_KEYS, accountInput, handleLike, hostileName, seeded, type Random } from './random';

const SEED = 0x4a4e_1008;
const DOCUMENTS = 2_000;
const FAILING_IMPORTS = 200;

function validAccount(r: Random): Record<string, unknown> {
  const platform = r.pick(PLATFORMS);
  const id = platform === 'youtube' ? `@${handleLike(r).replace(/^\W+/, '')}` : r.chance(0.7) ? handleLike(r) : accountInput(r);
  return { platform, id, ...(r.chance(0.2) ? { source: hostileName(r) } : {}) };
}

/** A document in the list format, valid as far as its shape goes (its account ids may still be rejected). */
function listDocument(r: Random): Record<string, unknown> {
  const entries = Array.from({ length: r.int(0, 6) }, () => ({
    name: hostileName(r),
    ...(r.chance(0.3) ? { role: hostileName(r), party: hostileName(r) } : {}),
    accounts: Array.from({ length: r.int(1, 4) }, () => validAccount(r)),
  }));
  return {
    format: 'jaga-netral/list@1',
    id: r.pick(['media-test', 'pilpres-2024', 'a', 'x-1']),
    title: hostileName(r),
    updated: '2026-11-01',
    ...(r.chance(0.2) ? { expires: r.pick(['2027-01-01', '2026-02-30', 'tomorrow']) } : {}),
    entries,
  };
}

const WRONG_VALUES: readonly unknown[] = [null, 0, -1, 1e309, true, '', [], {}, [[]], 'x', { __proto__: { polluted: true } }];

/** Breaks one thing in a document the way a bad file or an attacker would. */
function mutate(r: Random, doc: Record<string, unknown>): Record<string, unknown> {
  const entries = doc['entries'] as Record<string, unknown>[];
  const entry = entries[r.int(0, Math.max(0, entries.length - 1))];
  switch (r.int(0, 8)) {
    case 0:
      return { ...doc, format: r.pick(['jaga-netral/list@2', 'jaga-netral/list@0', 'JAGA-NETRAL/LIST@1', undefined, 1, null]) };
    case 1:
      delete doc[r.pick(['id', 'title', 'updated', 'entries'])];
      return doc;
    case 2:
      doc[r.pick(['id', 'title', 'updated', 'entries', 'expires', 'period', 'sources'])] = r.pick(WRONG_VALUES);
      return doc;
    case 3:
      if (entry) entry[r.pick(['name', 'accounts', 'role'])] = r.pick(WRONG_VALUES);
      return doc;
    case 4: {
      // The same account in two entries.
      const account = validAccount(r);
      entries.push({ name: 'A', accounts: [account] }, { name: 'B', accounts: [{ ...account }] });
      return doc;
    }
    case 5:
      if (entry) (entry['accounts'] as unknown[]).push({ platform: r.pick(['myspace', 'X', '', '__proto__']), id: accountInput(r) });
      return doc;
    case 6:
      if (entry) (entry['accounts'] as unknown[]).push(r.pick(WRONG_VALUES));
      return doc;
    case 7:
      entries.push(r.pick(WRONG_VALUES) as Record<string, unknown>);
      return doc;
    default:
      doc['entries'] = [];
      return doc;
  }
}

/** JSON text of a document, with `__proto__` written as a real key (JSON.stringify drops it otherwise). */
function listText(r: Random, doc: Record<string, unknown>): string {
  let text = JSON.stringify(doc);
  const roll = r.next();
  if (roll < 0.15) {
    const key = r.pick(PROTO_KEYS);
    const value = r.pick(['{"polluted":true}', '{"toString":1}', '[1]', '"x"']);
    text = text.replace(/^\{/, `{"${key}":${value},`).replace(/"accounts":\[\{/, `"accounts":[{"${key}":${value},`);
  } else if (roll < 0.3) {
    text = text.slice(0, r.int(0, text.length - 1));
  } else if (roll < 0.35) {
    text = `\uFEFF${text}`;
  } else if (roll < 0.4) {
    text = r.pick(['', 'null', '[]', '"list"', '1', '{', '}', '\uFEFF', '{"format":"jaga-netral/list@1"}']);
  }
  return text;
}

function documentText(r: Random): string {
  const doc = listDocument(r);
  return listText(r, r.chance(0.6) ? mutate(r, doc) : doc);
}

function polluted(): boolean {
  return 'polluted' in Object.prototype || Object.keys(Object.prototype).length > 0 || ({} as { toString: unknown }).toString !== Object.prototype.toString;
}

describe('list import under fuzzing (seed 0x4a4e1008)', () => {
  it('parseListFile never throws, and gives a normalised list or problems that each say something', () => {
    const r = seeded(SEED);
    const failures: string[] = [];
    let ok = 0;
    for (let i = 0; i < DOCUMENTS; i++) {
      const text = documentText(r);
      const fail = (problem: string) => failures.push(`${problem} for document ${JSON.stringify(text.slice(0, 300))}`);
      try {
        const result = parseListFile(text);
        if (result.ok) {
          ok++;
          for (const entry of result.list.entries) {
            for (const account of entry.accounts) {
              const again = normaliseAccount(account.platform, account.id);
              if (!again.ok || again.account.id !== account.id) fail(`account ${account.platform}:${account.id} is not normalised`);
            }
          }
        } else if (result.problems.length === 0) {
          fail('no problems given');
        } else if (result.problems.some((p) => typeof p.message !== 'string' || p.message.trim() === '')) {
          fail('a problem without a message');
        }
      } catch (error) {
        fail(`threw ${String(error)}`);
      }
      if (polluted()) fail('Object.prototype polluted');
    }
    console.log(`import fuzz: ${DOCUMENTS} generated list documents (${ok} valid), ${FAILING_IMPORTS} failing imports; seed ${SEED}`);
    expect(failures.slice(0, 10)).toEqual([]);
    // Both outcomes must be reached, or half the properties were never tested.
    expect(ok).toBeGreaterThan(DOCUMENTS / 20);
    expect(ok).toBeLessThan(DOCUMENTS * 0.9);
  });

  describe('in the background', () => {
    beforeEach(() => fakeBrowser.reset());

    it('leaves the stored lists and their revision unchanged after every failing import', async () => {
      const seedList = JSON.stringify({
        format: 'jaga-netral/list@1',
        id: 'media-test',
        title: 'Test list',
        updated: '2026-11-01',
        entries: [{ name: 'Kompas', accounts: [{ platform: 'x', id: 'KompasCom' }] }],
      });
      expect((await importListText(seedList)).ok).toBe(true);
      const lists = await importedLists.getValue();
      const revision = await listsRevision.getValue();
      const r = seeded(SEED + 1);
      let failing = 0;
      let tries = 0;
      while (failing < FAILING_IMPORTS && tries++ < FAILING_IMPORTS * 10) {
        const text = listText(r, mutate(r, listDocument(r)));
        if (parseListFile(text).ok) continue;
        failing++;
        const reply = await importListText(text);
        expect(reply.ok, text.slice(0, 300)).toBe(false);
        expect(await importedLists.getValue()).toEqual(lists);
        expect(await listsRevision.getValue()).toBe(revision);
        expect(polluted()).toBe(false);
      }
      expect(failing).toBe(FAILING_IMPORTS);
    });
  });
});
