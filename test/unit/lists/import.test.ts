import { describe, expect, test } from 'vitest';
import { parseListFile, type ImportProblem } from '../../../src/lists/import';

function listWith(entries: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { format: 'jaga-netral/list@1', id: 'test-list', title: 'Test', updated: '2024-01-10', ...extra, entries };
}

const anies = {
  name: 'Anies Rasyid Baswedan',
  role: 'Calon Presiden 2024 (nomor urut 1)',
  accounts: [
    { platform: 'x', id: '@AniesBaswedan', source: 'https://example.org/a' },
    { platform: 'youtube', id: 'https://www.youtube.com/@AniesBaswedan' },
  ],
};

/** Where and the English wording, as the CLI prints them; the codes the pages word are tested in import-problem.test.ts. */
function problemsOf(document: unknown): Pick<ImportProblem, 'path' | 'entry' | 'message'>[] {
  const result = parseListFile(typeof document === 'string' ? document : JSON.stringify(document));
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems.map(({ code: _code, params: _params, ...where }) => where);
}

describe('a valid list', () => {
  test('is accepted with every account id normalised and metadata kept', () => {
    const result = parseListFile(JSON.stringify(listWith([anies], { period: { from: '2022-06-14', until: '2024-10-20' } })));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.list.period).toEqual({ from: '2022-06-14', until: '2024-10-20' });
    expect(result.list.entries[0]?.accounts).toEqual([
      { platform: 'x', id: 'aniesbaswedan', source: 'https://example.org/a' },
      { platform: 'youtube', id: '@aniesbaswedan' },
    ]);
  });

  test('keeps unknown fields in the document, entries and accounts', () => {
    const entry = { ...anies, nickname: 'Abah', accounts: [{ platform: 'x', id: 'aniesbaswedan', followers: 7 }] };
    const result = parseListFile(JSON.stringify(listWith([entry], { maintainer: { name: 'KASN' } })));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.list['maintainer']).toEqual({ name: 'KASN' });
    expect(result.list.entries[0]?.['nickname']).toBe('Abah');
    expect(result.list.entries[0]?.accounts[0]?.['followers']).toBe(7);
  });

  test('merges an account repeated within one entry, filling fields the first mention lacks', () => {
    const entry = {
      name: 'Anies',
      accounts: [
        { platform: 'x', id: 'AniesBaswedan' },
        { platform: 'x', id: 'https://x.com/aniesbaswedan', source: 'S', verified: '2024-01-01' },
        { platform: 'x', id: '@ANIESBASWEDAN', source: 'later' },
      ],
    };
    const result = parseListFile(JSON.stringify(listWith([entry])));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.list.entries[0]?.accounts).toEqual([
      { platform: 'x', id: 'aniesbaswedan', source: 'S', verified: '2024-01-01' },
    ]);
  });

  test('accepts a UTF-8 byte order mark and CRLF line ends', () => {
    const text = '\uFEFF' + JSON.stringify(listWith([anies]), null, 2).replaceAll('\n', '\r\n');
    expect(parseListFile(text).ok).toBe(true);
  });

  test('keeps HTML in names as the plain text it is', () => {
    const name = '<img src=x onerror="alert(1)"> Anies &amp; <b>Baswedan</b>';
    const result = parseListFile(JSON.stringify(listWith([{ ...anies, name }])));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.list.entries[0]?.name).toBe(name);
  });

  test('a __proto__ key pollutes nothing', () => {
    const text = JSON.stringify(listWith([anies])).replace(
      '"entries":[{',
      '"__proto__":{"polluted":true},"entries":[{"__proto__":{"polluted":true},',
    );
    const result = parseListFile(text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(Object.getPrototypeOf(result.list)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.list.entries[0])).toBe(Object.prototype);
    expect((result.list as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('a refused list', () => {
  test('names the supported version when the format is unknown', () => {
    expect(problemsOf(listWith([anies], { format: 'jaga-netral/list@2' }))).toEqual([
      { path: 'format', message: 'unsupported list format "jaga-netral/list@2": this version reads "jaga-netral/list@1" only' },
    ]);
  });

  test('says a missing format is required to be the supported one', () => {
    const { format: _, ...document } = listWith([anies]);
    expect(problemsOf(document)).toEqual([{ path: 'format', message: expect.stringContaining('jaga-netral/list@1') }]);
  });

  test('reports every problem of every entry, with paths and entry numbers', () => {
    const problems = problemsOf(
      listWith(
        [
          anies,
          { role: 'no name', accounts: [{ platform: 'x', id: 'x.com/home' }] },
          { name: 'No accounts', accounts: [] },
          {
            name: 'Bad accounts',
            expires: '2024-02-30',
            accounts: [
              { platform: 'x', id: 'https://x.com/prabowo/status/1' },
              { platform: 'myspace', id: 'prabowo' },
              { platform: 'instagram', id: 'ok_one', verified: 'yesterday' },
              { platform: 'tiktok', id: 'a' },
            ],
          },
        ],
        { id: 'Not Valid!', updated: '10/01/2024' },
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'id', message: 'must be 1–64 lowercase letters, digits or -' },
        { path: 'updated', message: 'must be a real date written YYYY-MM-DD' },
        { path: 'entries[1].name', entry: 1, message: 'is required' },
        { path: 'entries[1].accounts[0].id', entry: 1, message: '"home" is an X page, not an account' },
        { path: 'entries[2].accounts', entry: 2, message: 'an entry needs at least one account' },
        { path: 'entries[3].expires', entry: 3, message: 'must be a real date written YYYY-MM-DD' },
        { path: 'entries[3].accounts[0].id', entry: 3, message: 'a post URL, not an account' },
        { path: 'entries[3].accounts[1].platform', entry: 3, message: expect.stringContaining('x, facebook, instagram') },
        { path: 'entries[3].accounts[2].verified', entry: 3, message: 'must be a real date written YYYY-MM-DD' },
        { path: 'entries[3].accounts[3].id', entry: 3, message: expect.stringContaining('too short') },
      ]),
    );
    expect(problems).toHaveLength(10);
    expect(problems.map((p) => p.entry ?? -1)).toEqual([...problems.map((p) => p.entry ?? -1)].sort((a, b) => a - b));
  });

  test('reports one account in two entries, naming both, whatever its case or form', () => {
    const problems = problemsOf(
      listWith([
        { name: 'Anies Rasyid Baswedan', accounts: [{ platform: 'x', id: 'AniesBaswedan' }] },
        { name: 'Prabowo', accounts: [{ platform: 'x', id: 'prabowo' }] },
        { name: 'Impostor', accounts: [{ platform: 'x', id: 'https://twitter.com/ANIESBASWEDAN/' }] },
      ]),
    );
    expect(problems).toEqual([
      {
        path: 'entries[2].accounts[0].id',
        entry: 2,
        message: 'x:aniesbaswedan is also in entries[0] ("Anies Rasyid Baswedan"); an account belongs to one entry',
      },
    ]);
  });

  test('requires the document fields', () => {
    const problems = problemsOf({ format: 'jaga-netral/list@1', updated: 20240110 });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'id', message: 'is required' },
        { path: 'title', message: 'is required' },
        { path: 'updated', message: 'must be a real date written YYYY-MM-DD' },
        { path: 'entries', message: 'is required' },
      ]),
    );
  });

  test('says a missing date is required', () => {
    const { updated: _, ...document } = listWith([anies]);
    expect(problemsOf(document)).toEqual([{ path: 'updated', message: 'is required' }]);
  });

  test('refuses a period that ends before it starts', () => {
    expect(problemsOf(listWith([anies], { period: { from: '2024-10-20', until: '2022-06-14' } }))).toEqual([
      { path: 'period.until', message: '"from" must not be after "until"' },
    ]);
  });

  test.each([
    ['truncated JSON', '{"format": "jaga-netral/list@1",\n "entries": [', /^invalid JSON: the text ends too early, at line 2, column 14/],
    ['an unexpected token', '{\n  "format": "jaga-netral/list@1",\n  "id": oops\n}', /^invalid JSON at line 3, column 9: /],
    ['a missing comma', '{\r\n  "id": "a"\r\n  "title": "t"\r\n}', /^invalid JSON at line 3, column 3: /],
    ['a trailing comma', '{"entries": [1, 2,]}', /^invalid JSON at line 1, column 19: /],
    ['an empty file', '', /^invalid JSON/],
    ['a BOM and nothing else', '\uFEFF', /^invalid JSON/],
  ])('reports %s with where the JSON stops', (_, text, message) => {
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('');
    expect(problems[0]?.message).toMatch(message);
  });

  test.each(['[]', 'null', '42', '"text"'])('refuses %s, which is not an object', (text) => {
    expect(problemsOf(text)).toEqual([{ path: '', message: 'the file must hold one JSON object' }]);
  });

  test('never throws, whatever the string', () => {
    const inputs = [
      '{"format":"jaga-netral/list@1","entries":[null,1,"x",[],{"accounts":[null,{"platform":"x"},{"id":5}]}]}',
      '{"format":"jaga-netral/list@1","entries":{"0":{}}}',
      '{"format":{"toString":1},"entries":[]}',
      '{"format":"jaga-netral/list@1","id":"a","title":"t","updated":"2024-01-01","entries":[{"name":"n","accounts":[{"platform":"constructor","id":"__proto__"}]}]}',
      '\u0000\uFFFF',
    ];
    for (const text of inputs) expect(() => parseListFile(text)).not.toThrow();
  });
});
