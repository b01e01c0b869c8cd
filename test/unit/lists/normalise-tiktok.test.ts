import { describe } from 'vitest';
import { normaliseTable, urlTable } from './normalise-table';

describe('TikTok accounts as users write them', () => {
  normaliseTable('tiktok', [
    ['@AniesBaswedan', 'aniesbaswedan'],
    ['aniesbaswedan', 'aniesbaswedan'],
    [' @Ganjar.Pranowo ', 'ganjar.pranowo'],
    ['ab', 'ab'],
    ['https://www.tiktok.com/@aniesbaswedan', 'aniesbaswedan'],
    ['tiktok.com/@AniesBaswedan?lang=id-ID', 'aniesbaswedan'],
    ['m.tiktok.com/@aniesbaswedan/', 'aniesbaswedan'],
    ['/@aniesbaswedan', 'aniesbaswedan'],
    ['tiktok.com/@aniesbaswedan/video/7300000000000000000', /^a post URL, not an account$/],
    ['tiktok.com/@aniesbaswedan/photo/7300000000000000000', /post URL/],
    ['tiktok.com/@aniesbaswedan/live', /post URL/],
    ['tiktok.com/foryou', /^"foryou" is a TikTok page, not an account \(profiles are \/@name\)$/],
    ['tiktok.com/tag/pemilu', /"tag" is a TikTok page/],
    ['tiktok.com/aniesbaswedan', /"aniesbaswedan" is a TikTok page/],
    ['vm.tiktok.com/ZSabc/', /short links cannot be resolved/],
    ['tiktok.com', /TikTok home page/],
    ['a', /too short/],
    ['a'.repeat(25), /too long/],
    ['anies-baswedan', /characters TikTok does not allow/],
    ['youtube.com/@aniesbaswedan', /^youtube\.com URL given for platform tiktok$/],
  ]);
});

describe('TikTok profile links', () => {
  urlTable(
    [
      ['/@aniesbaswedan', 'tiktok:aniesbaswedan'],
      ['/@aniesbaswedan?lang=en', 'tiktok:aniesbaswedan'],
      ['/@aniesbaswedan/video/7300000000000000000', null],
      ['/foryou', null],
      ['/music/original-sound-123', null],
      ['https://vm.tiktok.com/ZSabc/', null],
    ],
    'https://www.tiktok.com/',
  );
});
