import { describe, expect, test } from 'vitest';
import { parseListFile } from '../../../src/lists/import';

function listWith(entries: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'jaga-netral/list@1', id: 'test-list', title: 'Test', updated: '2024-01-10', ...extra, entries });
}

const amin = (hashtags?: unknown) => ({
  name: 'Anies Baswedan',
  accounts: [{ platform: 'x', id: 'aniesbaswedan' }],
  ...(hashtags === undefined ? {} : { hashtags }),
});

describe('hashtags in a list', () => {
  test('are kept normalised on entries and on the list, each once', () => {
    const result = parseListFile(listWith([amin(['#AMINAjaDulu', 'aminajadulu', '＃ＡＭＩＮ'])], { hashtags: ['#Pemilu2024Damai'] }));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.list.entries[0]?.hashtags).toEqual(['aminajadulu', 'amin']);
    expect(result.list.hashtags).toEqual(['pemilu2024damai']);
  });

  test('are optional: an older list reads exactly as before', () => {
    const result = parseListFile(listWith([amin()]));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.list).not.toHaveProperty('hashtags');
    expect(result.list.entries[0]).not.toHaveProperty('hashtags');
  });

  test('name every bad hashtag, where it is', () => {
    const result = parseListFile(
      listWith([amin(['#', '#AMIN aja', `#${'a'.repeat(101)}`, '#AMIN!', 7])], { hashtags: 'AMIN' }),
    );
    if (result.ok) throw new Error('expected the file to be refused');
    expect(result.problems.map(({ path, code }) => [path, code])).toEqual([
      ['hashtags', 'wrong-type'],
      ['entries[0].hashtags[4]', 'wrong-type'],
      ['entries[0].hashtags[0]', 'hashtag-empty'],
      ['entries[0].hashtags[1]', 'hashtag-spaces'],
      ['entries[0].hashtags[2]', 'hashtag-too-long'],
      ['entries[0].hashtags[3]', 'hashtag-chars'],
    ]);
    expect(result.problems[4]?.message).toBe('a hashtag has at most 100 characters');
  });

  test('refuse a hashtag two owners claim, naming the first', () => {
    const ganjar = { name: 'Ganjar Pranowo', accounts: [{ platform: 'x', id: 'ganjarpranowo' }], hashtags: ['#AminAjaDulu'] };
    const result = parseListFile(listWith([amin(['#AMINAjaDulu']), ganjar], { hashtags: ['#GanjarMahfud'] }));
    if (result.ok) throw new Error('expected the file to be refused');
    expect(result.problems.map(({ path, message }) => [path, message])).toEqual([
      [
        'entries[1].hashtags[0]',
        '#aminajadulu is also in entries[0] ("Anies Baswedan"); a hashtag belongs to one entry or to the list',
      ],
    ]);
  });
});
