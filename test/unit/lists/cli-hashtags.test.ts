import { describe, expect, it } from 'vitest';
import { cli } from './cli-io';

const CAMPAIGN = {
  format: 'jaga-netral/list@1',
  id: 'kampanye',
  title: 'Kampanye',
  updated: '2024-01-10',
  hashtags: ['#PemiluDamai'],
  entries: [
    { name: 'Anies', accounts: [{ platform: 'x', id: 'aniesbaswedan' }, { platform: 'instagram', id: 'aniesbaswedan' }], hashtags: ['#AMINAjaDulu', 'AminAjaDulu'] },
    { name: 'Prabowo', accounts: [{ platform: 'x', id: 'prabowo' }] },
  ],
};

describe('the lists CLI and campaign hashtags', () => {
  it('normalise prints each hashtag normalised, once', async () => {
    const run = await cli({ 'k.json': JSON.stringify(CAMPAIGN) }, 'normalise', 'k.json');
    expect(run.exit).toBe(0);
    const list = JSON.parse(run.out);
    expect(list.hashtags).toEqual(['pemiludamai']);
    expect(list.entries[0].hashtags).toEqual(['aminajadulu']);
    expect(list.entries[1]).not.toHaveProperty('hashtags');
  });

  it('validate names a bad hashtag where it is', async () => {
    const bad = { ...CAMPAIGN, entries: [{ ...CAMPAIGN.entries[0], hashtags: ['#AMIN aja'] }] };
    const run = await cli({ 'k.json': JSON.stringify(bad, null, 2) }, 'validate', 'k.json');
    expect(run.exit).toBe(1);
    expect(`${run.out}\n${run.err}`).toMatch(/k\.json:\d+ entry 1 hashtags\[0\]: a hashtag has no spaces/);
  });

  it('stats counts the hashtags of the list and its entries', async () => {
    const run = await cli({ 'k.json': JSON.stringify(CAMPAIGN) }, 'stats', 'k.json');
    expect(run.out).toMatch(/^k\.json: 2 entries, 3 accounts, 3 hashtags\n/);
  });

  it('dedupe keeps a hashtag with its first owner and says what it removed', async () => {
    const twice = { ...CAMPAIGN, entries: [...CAMPAIGN.entries, { name: 'Relawan', accounts: [{ platform: 'x', id: 'relawan' }], hashtags: ['#aminajadulu', '#PemiluDamai', '#Relawan'] }] };
    const run = await cli({ 'k.json': JSON.stringify(twice) }, 'dedupe', 'k.json');
    expect(run.exit).toBe(0);
    expect(JSON.parse(run.out).entries[2].hashtags).toEqual(['relawan']);
    expect(run.err.split('\n')).toEqual([
      'k.json: entries[2].hashtags[0] removed: #aminajadulu is already listed for "Anies"',
      'k.json: entries[2].hashtags[1] removed: #pemiludamai is already listed for the list itself',
    ]);
  });

  it('carries hashtags through CSV in a hashtags column, and back', async () => {
    const toCsv = await cli({ 'k.json': JSON.stringify(CAMPAIGN) }, 'json2csv', 'k.json');
    expect(toCsv.exit).toBe(0);
    const lines = toCsv.out.split('\n');
    expect(lines[1]).toBe('name,role,party,platform,id,source,hashtags');
    expect(lines[2]).toBe('Anies,,,x,aniesbaswedan,,#aminajadulu');
    expect(lines[3]).toBe('Anies,,,instagram,aniesbaswedan,,');
    const back = await cli({ 'k.csv': toCsv.out }, 'csv2json', 'k.csv');
    expect(back.exit).toBe(0);
    const list = JSON.parse(back.out);
    expect(list.hashtags).toEqual(['pemiludamai']);
    expect(list.entries[0].hashtags).toEqual(['aminajadulu']);
  });

  it('writes no hashtags column for a list without entry hashtags, as before', async () => {
    const { hashtags: _listTags, ...plain } = { ...CAMPAIGN, entries: [CAMPAIGN.entries[1]] };
    const run = await cli({ 'p.json': JSON.stringify(plain) }, 'json2csv', 'p.json');
    expect(run.out.split('\n')[1]).toBe('name,role,party,platform,id,source');
  });
});
