import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseListFile } from '../../../src/lists/import';
import { PROBLEM_CODES } from '../../../src/lists/import-problem';
import { importListText } from '../../../src/background/import-list';
import { importedLists, listsRevision } from '../../../src/settings/imported-lists';
import { cli } from '../lists/cli-io';

/**
 * Files no maintainer writes but a browser may be handed: each must get a
 * named problem from the importer and the CLI, never a stack trace or a
 * crash, and must leave the stored lists as they were.
 */

const DEEP = 100_000;
const arrays = (depth: number, inner = '') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;
const objects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const head = '{"format":"jaga-netral/list@1","id":"odd","title":"Odd","updated":"2024-01-10"';
const withEntries = (entries: string, extra = '') => `${head}${extra},"entries":${entries}}`;
const account = '{"platform":"x","id":"calon","source":"s"}';

/** Bytes 0–255 in a fixed, scrambled order, read as text the way a browser reads a binary file. */
function binary(length: number): string {
  let state = 7;
  return Array.from({ length }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return String.fromCharCode(state % 256);
  }).join('');
}

const ODD_FILES: [string, string, string][] = [
  ['an empty file', '', 'json-truncated'],
  ['only "["', '[', 'json-truncated'],
  ['only "{"', '{', 'json-truncated'],
  ['only a byte-order mark', '\uFEFF', 'json-truncated'],
  ['binary garbage', binary(100_000), 'json-syntax'],
  ['NUL bytes', '\u0000'.repeat(1_000), 'json-syntax'],
  ['a PNG header', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', 'json-syntax'],
  [`${DEEP.toLocaleString('en')} nested arrays`, arrays(DEEP), 'not-an-object'],
  [`${DEEP.toLocaleString('en')} unclosed "["`, '['.repeat(DEEP), 'json-truncated'],
  [`${DEEP.toLocaleString('en')} nested objects`, objects(DEEP), 'unsupported-format'],
  [`${DEEP.toLocaleString('en')} nested objects in a list`, withEntries('[]', `,"notes":${objects(DEEP)}`), 'too-deep'],
  [`${DEEP.toLocaleString('en')} nested arrays in the entries`, withEntries(arrays(DEEP)), 'too-deep'],
  [`${DEEP.toLocaleString('en')} nested arrays in an account`, withEntries(`[{"name":"A","accounts":[${account},${arrays(DEEP)}]}]`), 'too-deep'],
  [`${DEEP.toLocaleString('en')} nested arrays as a platform`, withEntries(`[{"name":"A","accounts":[{"platform":${arrays(DEEP)},"id":"a"}]}]`), 'too-deep'],
  [`${DEEP.toLocaleString('en')} nested arrays as the format`, `{"format":${arrays(DEEP)}}`, 'unsupported-format'],
  ['one 10,000,000-character JSON string', JSON.stringify('a'.repeat(10_000_000)), 'not-an-object'],
  ['a 10,000,000-character title', `{"format":"jaga-netral/list@1","id":"odd","title":"${'a'.repeat(10_000_000)}","updated":"2024-01-10","entries":[]}`, 'too-long'],
  ['a 1,000,000-character account id', withEntries(`[{"name":"A","accounts":[{"platform":"x","id":"${'a'.repeat(1_000_000)}"}]}]`), 'too-long'],
  ['a 1,000,000-character field name', withEntries('[]', `,"${'k'.repeat(1_000_000)}":1`), 'field-name-too-long'],
  ['a string never closed', `${head},"entries":[{"name":"${'a'.repeat(1_000_000)}`, 'json-truncated'],
  ['a lone surrogate in a name', withEntries(`[{"name":"\\ud800","accounts":[${account}]},{"name":"${'\ud800'.repeat(301)}","accounts":[{"platform":"x","id":"b"}]}]`), 'too-long'],
  ['__proto__ keys', withEntries(`[{"__proto__":{"polluted":1},"name":"A","accounts":[${account}]}]`, ',"__proto__":[1],"title":7'), 'wrong-type'],
];

describe('odd list files', () => {
  it.each(ODD_FILES)('%s: the importer names the problem', (_what, text, code) => {
    const result = parseListFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.code)).toContain(code);
    for (const problem of result.problems) {
      expect(PROBLEM_CODES).toContain(problem.code);
      // Named briefly: no problem quotes a huge value back.
      expect(problem.message.length).toBeLessThan(1_000);
    }
    expect('polluted' in Object.prototype).toBe(false);
  });

  it.each(ODD_FILES)('%s: every CLI command answers in words and an exit code', async (_what, text) => {
    for (const command of ['validate', 'normalise', 'dedupe', 'json2csv', 'stats']) {
      const run = await cli({ 'odd.json': text }, command, 'odd.json');
      const said = `${run.out}\n${run.err}`.trim();
      expect(said, command).not.toMatch(/cannot be (checked|processed)|\n\s+at /);
      if (command !== 'stats') expect(run.exit, command).toBe(1);
      else expect(said).toMatch(/^odd\.json/);
      // dedupe prints the merged document as well, whatever its size: its problems are on stderr.
      expect((command === 'dedupe' ? run.err : said).length, command).toBeLessThan(200_000);
    }
  });

  describe('in the background', () => {
    beforeEach(() => fakeBrowser.reset());

    it('refuses each without changing what is stored', async () => {
      const stored = withEntries(`[{"name":"Kompas","accounts":[${account}]}]`);
      expect((await importListText(stored)).ok).toBe(true);
      const lists = await importedLists.getValue();
      const revision = await listsRevision.getValue();
      for (const [what, text, code] of ODD_FILES) {
        const reply = await importListText(text);
        expect(reply.ok, what).toBe(false);
        if (!reply.ok) expect(reply.problems.map((problem) => problem.code), what).toContain(code);
        expect(await importedLists.getValue()).toEqual(lists);
        expect(await listsRevision.getValue()).toBe(revision);
      }
    });
  });
});
