import { describe } from 'vitest';
import { normaliseTable, urlTable } from './normalise-table';

describe('Threads accounts as users write them', () => {
  normaliseTable('threads', [
    ['@AniesBaswedan', 'aniesbaswedan'],
    ['aniesbaswedan', 'aniesbaswedan'],
    [' pco.ri ', 'pco.ri'],
    ['https://www.threads.net/@aniesbaswedan', 'aniesbaswedan'],
    ['https://www.threads.com/@AniesBaswedan?xmt=abc', 'aniesbaswedan'],
    ['threads.net/@aniesbaswedan/', 'aniesbaswedan'],
    ['threads.com/@aniesbaswedan/replies', 'aniesbaswedan'],
    ['/@aniesbaswedan', 'aniesbaswedan'],
    ['threads.net/@aniesbaswedan/post/C1a2b3', /^a post URL, not an account$/],
    ['threads.net/aniesbaswedan', /"aniesbaswedan" is a Threads page, not an account \(profiles are \/@name\)/],
    ['threads.net/search', /"search" is a Threads page/],
    ['threads.net/@aniesbaswedan/something', /not a profile page/],
    ['threads.net', /Threads home page/],
    ['instagram.com/aniesbaswedan', /^instagram\.com URL given for platform threads$/],
    ['anies baswedan', /characters Threads does not allow/],
    ['a'.repeat(31), /too long/],
    // Written alone, a site's address reads as a URL: accepting it as a handle
    // would store an id that cannot be imported again.
    ['@facebook.com', /"facebook\.com" is a site's address, not an account/],
    ['@www.threads.com', /is a site's address, not an account/],
  ]);
});

describe('Threads profile links', () => {
  urlTable(
    [
      ['/@aniesbaswedan', 'threads:aniesbaswedan'],
      ['/@aniesbaswedan/post/C1a2b3', null],
      ['/search?q=anies', null],
      ['https://threads.com/@prabowo', 'threads:prabowo'],
    ],
    'https://www.threads.net/',
  );
});
