import { describe } from 'vitest';
import { normaliseTable, urlTable } from './normalise-table';

describe('Instagram accounts as users write them', () => {
  normaliseTable('instagram', [
    ['Ganjar_Pranowo', 'ganjar_pranowo'],
    ['@ganjar_pranowo', 'ganjar_pranowo'],
    [' mohmahfudmd ', 'mohmahfudmd'],
    ['sahabat.anies2024', 'sahabat.anies2024'],
    ['pco.ri', 'pco.ri'],
    ['https://www.instagram.com/aniesbaswedan/', 'aniesbaswedan'],
    ['instagram.com/AniesBaswedan?igsh=abc123', 'aniesbaswedan'],
    ['https://instagram.com/aniesbaswedan#x', 'aniesbaswedan'],
    ['m.instagram.com/aniesbaswedan', 'aniesbaswedan'],
    ['instagram.com/aniesbaswedan/tagged/', 'aniesbaswedan'],
    ['instagram.com/aniesbaswedan/reels', 'aniesbaswedan'],
    ['/aniesbaswedan/', 'aniesbaswedan'],
    ['a', 'a'],
    ['explore', /^"explore" is an Instagram page, not an account$/],
    ['instagram.com/explore/tags/pemilu', /"explore" is an Instagram page/],
    ['instagram.com/accounts/login', /"accounts" is an Instagram page/],
    ['instagram.com/direct/inbox', /"direct" is an Instagram page/],
    ['instagram.com/stories/aniesbaswedan/123', /"stories" is an Instagram page/],
    ['instagram.com/p/CxYz123', /^a post URL, not an account$/],
    ['instagram.com/reel/CxYz123/', /post URL/],
    ['instagram.com/tv/CxYz123', /post URL/],
    ['instagram.com/aniesbaswedan/p/CxYz123', /post URL/],
    ['instagram.com/aniesbaswedan/reel/CxYz123', /post URL/],
    ['instagram.com/aniesbaswedan/unknown', /not a profile page/],
    ['instagram.com', /Instagram home page/],
    ['threads.net/@aniesbaswedan', /^threads\.net URL given for platform instagram$/],
    ['anies-baswedan', /characters Instagram does not allow/],
    ['a'.repeat(31), /too long/],
  ]);
});

describe('Instagram profile links', () => {
  urlTable(
    [
      ['/aniesbaswedan/', 'instagram:aniesbaswedan'],
      ['/Ganjar_Pranowo/', 'instagram:ganjar_pranowo'],
      ['/p/CxYz123/', null],
      ['/reels/CxYz123/', null],
      ['/explore/', null],
      ['/', null],
    ],
    'https://www.instagram.com/',
  );
});
