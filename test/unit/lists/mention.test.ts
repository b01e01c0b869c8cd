import { describe, expect, it } from 'vitest';
import { mentionAccount } from '../../../src/lists/mention';
import { normaliseAccount } from '../../../src/lists/normalise';
import { mentionsIn } from '../../../src/lists/text-tags';
import { PLATFORMS, type Platform } from '../../../src/lists/platform';

const WRITTEN: Record<Platform, string[]> = {
  x: ['AniesBaswedan', 'prabowo', 'Gibran_Tweet', 'ganjarpranowo'],
  instagram: ['prabowo.gibran2', 'Ganjar_Pranowo', 'aniesbaswedan'],
  threads: ['prabowo.gibran2', 'Ganjar_Pranowo'],
  tiktok: ['prabowo.gibran2', 'MohMahfudMDofficial'],
  youtube: ['PrabowoGibran2', 'gibran-tv', 'ganjar.pranowo'],
  facebook: ['PrabowoSubianto', 'anies.baswedan'],
};

describe('a mention in a post', () => {
  it.each(PLATFORMS)('is keyed on %s exactly as the platform normaliser keys the handle in a list', (platform) => {
    for (const handle of WRITTEN[platform]) {
      const normalised = normaliseAccount(platform, `@${handle}`);
      expect(normalised.ok, handle).toBe(true);
      if (normalised.ok) expect(mentionAccount(platform, handle)).toEqual(normalised.account);
    }
  });

  it('ends on X where X ends a handle', () => {
    expect(mentionsIn('Salam @prabowo-gibran!').map((handle) => mentionAccount('x', handle))).toEqual([{ platform: 'x', id: 'prabowo' }]);
    expect(mentionAccount('x', 'ꦥꦼꦩꦶꦭꦸ')).toBeNull();
  });

  it('keeps dots where the platform\u2019s handles have them', () => {
    expect(mentionsIn('cc @prabowo.gibran2.').map((handle) => mentionAccount('instagram', handle))).toEqual([
      { platform: 'instagram', id: 'prabowo.gibran2' },
    ]);
  });

  it('names no account for text longer than any handle', () => {
    expect(mentionAccount('instagram', 'b'.repeat(101))).toBeNull();
    expect(mentionAccount('instagram', 'b'.repeat(100))).toEqual({ platform: 'instagram', id: 'b'.repeat(100) });
  });
});
