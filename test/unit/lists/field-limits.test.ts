import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseListData, parseListFile, type ImportProblem } from '../../../src/lists/import';
import { FIELD_LIMITS, MAX_NESTING } from '../../../src/lists/size-limits';
import { problemText } from '../../../src/ui/i18n/problems';

const list = (extra: Record<string, unknown> = {}, entries: unknown[] = [entry()]) => ({
  format: 'jaga-netral/list@1',
  id: 'test',
  title: 'Test',
  updated: '2024-01-10',
  ...extra,
  entries,
});

function entry(extra: Record<string, unknown> = {}, account: Record<string, unknown> = {}) {
  return { name: 'A', ...extra, accounts: [{ platform: 'x', id: 'calon_a', ...account }] };
}

function problems(document: unknown): ImportProblem[] {
  const result = parseListData(document);
  if (result.ok) throw new Error('expected the list to be refused');
  return result.problems;
}

const long = (length: number) => 'a'.repeat(length);

describe('field length limits', () => {
  it('refuses a 10,000,000-character title, naming the field, the limit and the length', () => {
    const found = problems(list({ title: long(10_000_000) }));
    expect(found).toEqual([
      {
        path: 'title',
        code: 'too-long',
        params: { limit: 300, length: 10_000_000 },
        message: 'is 10,000,000 characters long; at most 300 are accepted',
      },
    ]);
    expect(problemText.id['too-long'](found[0]!.params)).toBe('panjangnya 10.000.000 karakter; paling panjang 300 karakter');
  });

  const cases: [string, unknown, string, number | undefined, number][] = [
    ['list election', list({ election: long(301) }), 'election', undefined, FIELD_LIMITS.text],
    ['list region', list({ region: long(301) }), 'region', undefined, FIELD_LIMITS.text],
    ['list source', list({ source: long(2_049) }), 'source', undefined, FIELD_LIMITS.source],
    ['list sources', list({ sources: ['ok', long(2_049)] }), 'sources[1]', undefined, FIELD_LIMITS.source],
    ['list notes', list({ notes: long(10_001) }), 'notes', undefined, FIELD_LIMITS.other],
    ['an unknown field, nested', list({ extra: { deeper: [long(10_001)] } }), 'extra.deeper[0]', undefined, FIELD_LIMITS.other],
    ['name', list({}, [entry(), entry({ name: long(301) }, { id: 'b' })]), 'entries[1].name', 1, FIELD_LIMITS.text],
    ['role', list({}, [entry({ role: long(301) })]), 'entries[0].role', 0, FIELD_LIMITS.text],
    ['party', list({}, [entry({ party: long(301) })]), 'entries[0].party', 0, FIELD_LIMITS.text],
    ['entry election', list({}, [entry({ election: long(301) })]), 'entries[0].election', 0, FIELD_LIMITS.text],
    ['entry sources', list({}, [entry({ sources: [long(2_049)] })]), 'entries[0].sources[0]', 0, FIELD_LIMITS.source],
    ['entry notes', list({}, [entry({ notes: long(10_001) })]), 'entries[0].notes', 0, FIELD_LIMITS.other],
    ['account id', list({}, [entry({}, { id: `@${long(300)}` })]), 'entries[0].accounts[0].id', 0, FIELD_LIMITS.accountId],
    ['account source', list({}, [entry({}, { source: long(2_049) })]), 'entries[0].accounts[0].source', 0, FIELD_LIMITS.source],
    ['account notes', list({}, [entry({}, { notes: long(10_001) })]), 'entries[0].accounts[0].notes', 0, FIELD_LIMITS.other],
  ];
  it.each(cases)('names the %s over its limit', (_what, document, path, entryIndex, limit) => {
    const found = problems(document);
    const expected = { path, code: 'too-long', params: { limit, length: limit + 1 } };
    // Only the length: an account id over its limit is not normalised as well.
    expect(found).toEqual([expect.objectContaining(entryIndex === undefined ? expected : { ...expected, entry: entryIndex })]);
  });

  it('accepts every field at exactly its limit', () => {
    const result = parseListData(
      list({ title: long(300), notes: long(10_000), sources: [long(2_048)] }, [
        entry({ name: long(300), role: long(300), party: long(300) }, { id: long(300).replace(/^a{285}/, 'https://x.com/'), source: long(2_048) }),
      ]),
    );
    expect(result.ok).toBe(true);
  });

  it('names an unknown field whose name is over 300 characters, at the object holding it', () => {
    const found = problems(list({}, [entry({}, { [long(301)]: 1 })]));
    expect(found).toEqual([
      expect.objectContaining({ path: 'entries[0].accounts[0]', entry: 0, code: 'field-name-too-long', params: { limit: 300, length: 301 } }),
    ]);
  });

  it('reports every field over its limit, alongside the other problems', () => {
    const found = problems(list({ title: long(400), id: 'Bad Id', expires: long(10_001) }, [entry({ name: long(500), role: 7 })]));
    expect(found.map(({ path, code }) => [path, code])).toEqual(
      expect.arrayContaining([['title', 'too-long'], ['id', 'bad-list-id'], ['expires', 'too-long'], ['expires', 'bad-date'], ['entries[0].name', 'too-long'], ['entries[0].role', 'wrong-type']]),
    );
  });

  it('lets every shipped list through', () => {
    for (const file of readdirSync('candidate-lists').filter((name) => name.endsWith('.json'))) {
      expect(parseListFile(readFileSync(`candidate-lists/${file}`, 'utf8')).ok, file).toBe(true);
    }
  });
});

describe('nesting', () => {
  const nested = (depth: number): unknown => {
    let value: unknown = 'bottom';
    for (let i = 0; i < depth; i++) value = [value];
    return value;
  };

  it(`takes arrays and objects ${MAX_NESTING} deep, counting the list's own`, () => {
    // The list, its entries, the entry and its `notes`: 3 levels above notes.
    expect(parseListData(list({}, [entry({ notes: nested(MAX_NESTING - 3) })])).ok).toBe(true);
    expect(problems(list({}, [entry({ notes: nested(MAX_NESTING - 2) })]))).toEqual([
      expect.objectContaining({ code: 'too-deep', entry: 0, params: { max: MAX_NESTING }, message: `holds arrays or objects nested more than ${MAX_NESTING} deep` }),
    ]);
  });

  it('refuses a list holding 100,000 nested arrays with one named problem, and no stack overflow', () => {
    const text = JSON.stringify(list()).replace('"entries"', `"notes":${'['.repeat(100_000)}${']'.repeat(100_000)},"entries"`);
    const result = parseListFile(text);
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'too-deep', path: `notes${'[0]'.repeat(MAX_NESTING - 1)}` }] });
  });

  it('quotes a huge or deeply nested format briefly, never in full', () => {
    const [huge] = problems({ ...list(), format: long(1_000_000) });
    expect(huge?.message).toBe(`unsupported list format "${long(60)}…": this version reads "jaga-netral/list@1" only`);
    const deep = JSON.parse(`{"format":${'['.repeat(100_000)}${']'.repeat(100_000)}}`) as unknown;
    expect(problems(deep)[0]?.message).toBe('unsupported list format an array: this version reads "jaga-netral/list@1" only');
  });
});
