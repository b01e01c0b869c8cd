import { describe, expect, it } from 'vitest';
import { parseListFile } from '../../../src/lists/import';
import { PROBLEM_EN } from '../../../src/lists/import-problem';
import { sizeProblem } from '../../../src/lists/size-limits';

/** The code and values each problem carries, so the options page can word it in the user's language. */

const list = (extra: Record<string, unknown>) =>
  JSON.stringify({ format: 'jaga-netral/list@1', id: 'test', title: 'Test', updated: '2024-01-10', entries: [], ...extra });

function problems(text: string) {
  const result = parseListFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

describe('import problem codes', () => {
  it('codes every problem of a file with many, and words each in English from its code', () => {
    const found = problems(
      list({
        id: 'Not Valid',
        updated: '10/01/2024',
        period: { from: '2024-02-01', until: '2024-01-01' },
        entries: [
          { name: 'A', accounts: [{ platform: 'x', id: 'home' }, { platform: 'myspace', id: 'a' }] },
          { name: '', accounts: [] },
          { name: 'B', accounts: [{ platform: 'x', id: '@AAA' }], role: 7 },
          { name: 'C', accounts: [{ platform: 'x', id: 'https://x.com/aaa' }] },
        ],
      }),
    );
    expect(found.map(({ path, code }) => [path, code])).toEqual(
      expect.arrayContaining([
        ['id', 'bad-list-id'],
        ['updated', 'bad-date'],
        ['period.until', 'period-order'],
        ['entries[0].accounts[0].id', 'bad-account'],
        ['entries[0].accounts[1].platform', 'not-one-of'],
        ['entries[1].name', 'empty'],
        ['entries[1].accounts', 'no-accounts'],
        ['entries[2].role', 'wrong-type'],
        ['entries[3].accounts[0].id', 'duplicate-account'],
      ]),
    );
    for (const problem of found) expect(problem.message).toBe(PROBLEM_EN[problem.code](problem.params));
    expect(found.find((p) => p.code === 'duplicate-account')?.params).toEqual({ account: 'x:aaa', entry: 2, name: 'B' });
    expect(found.find((p) => p.code === 'bad-account')?.params['reason']).toMatch(/X page/);
  });

  it('codes a missing field, a JSON syntax error, a cut-off file, a non-object and an unknown format', () => {
    expect(problems(list({ title: undefined })).map((p) => p.code)).toEqual(['required']);
    expect(problems('{"format": "jaga-netral/list@1",, }')[0]).toMatchObject({ code: 'json-syntax', params: { line: 1 } });
    expect(problems('{"format": "jaga-netral/list@1",\n"id": ')[0]).toMatchObject({ code: 'json-truncated', params: { line: 2 } });
    expect(problems('[]')[0]?.code).toBe('not-an-object');
    expect(problems(list({ format: 'jaga-netral/list@9' }))[0]).toMatchObject({
      code: 'unsupported-format',
      params: { found: '"jaga-netral/list@9"', supported: 'jaga-netral/list@1' },
    });
  });

  it('codes a list over the account limit, refused before parsing', () => {
    const accounts = '{"platform":"x","id":"a"},'.repeat(2_000_001);
    expect(sizeProblem(accounts)).toMatchObject({ code: 'too-many-accounts', params: { accounts: 2_000_001, max: 2_000_000 } });
  });
});
