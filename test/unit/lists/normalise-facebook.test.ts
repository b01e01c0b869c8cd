import { describe } from 'vitest';
import { normaliseTable, urlTable } from './normalise-table';

describe('Facebook accounts as users write them', () => {
  normaliseTable('facebook', [
    ['AniesBaswedan', 'aniesbaswedan'],
    ['@AniesBaswedan', 'aniesbaswedan'],
    [' Ganjar.Pranowo ', 'ganjar.pranowo'],
    ['Coca-Cola', 'coca-cola'],
    ['100044123456789', '100044123456789'],
    ['https://www.facebook.com/AniesBaswedan', 'aniesbaswedan'],
    ['https://web.facebook.com/AniesBaswedan/?locale=id_ID', 'aniesbaswedan'],
    ['m.facebook.com/AniesBaswedan', 'aniesbaswedan'],
    ['https://mbasic.facebook.com/AniesBaswedan#about', 'aniesbaswedan'],
    ['facebook.com/AniesBaswedan/about', 'aniesbaswedan'],
    ['facebook.com/AniesBaswedan/photos', 'aniesbaswedan'],
    ['https://www.facebook.com/profile.php?id=100044123456789', '100044123456789'],
    ['https://www.facebook.com/profile.php?id=100044123456789&sk=photos&__cft__[0]=AZ', '100044123456789'],
    ['facebook.com/people/Anies-Baswedan/100044123456789/', '100044123456789'],
    ['facebook.com/pages/Anies-Baswedan/123456789012', '123456789012'],
    ['facebook.com/pg/AniesBaswedan/posts/', 'aniesbaswedan'],
    ['facebook.com/groups/relawan/user/100012345678/', '100012345678'],
    ['facebook.com/100044123456789', '100044123456789'],
    ['https://www.facebook.com/AniesBaswedan?__cft__[0]=AZX&__tn__=-]C', 'aniesbaswedan'],
    ['watch', /^"watch" is a Facebook site page, not an account$/],
    ['facebook.com/watch?v=123', /"watch" is a Facebook site page/],
    ['facebook.com/groups/relawan', /"groups" is a Facebook site page/],
    ['facebook.com/marketplace', /"marketplace" is a Facebook site page/],
    ['facebook.com/hashtag/pemilu', /"hashtag" is a Facebook site page/],
    ['facebook.com/AniesBaswedan/posts/pfbid0abc', /^a post URL, not an account$/],
    ['facebook.com/AniesBaswedan/videos/123456', /post URL/],
    ['facebook.com/AniesBaswedan/photos/a.1/2', /post URL/],
    ['facebook.com/permalink.php?story_fbid=1&id=2', /post URL/],
    ['facebook.com/story.php?story_fbid=1&id=2', /post URL/],
    ['facebook.com/photo.php?fbid=123', /post URL/],
    ['facebook.com/photo/?fbid=123', /post URL/],
    ['facebook.com/reel/123', /post URL/],
    ['facebook.com/profile.php', /profile\.php without a numeric id/],
    ['facebook.com/profile.php?id=abc', /profile\.php without a numeric id/],
    ['facebook.com/people/Anies/', /without a numeric id/],
    ['facebook.com', /Facebook home page/],
    ['fb.me/anies', /fb\.me short links cannot be resolved/],
    ['x.com/aniesbaswedan', /^x\.com URL given for platform facebook$/],
    ['anies_baswedan', /characters Facebook does not allow/],
    ['a'.repeat(51), /too long/],
  ]);
});

describe('Facebook profile links', () => {
  urlTable(
    [
      ['/AniesBaswedan?__cft__[0]=AZX&__tn__=-]C-R', 'facebook:aniesbaswedan'],
      ['/profile.php?id=100044123456789&__tn__=R', 'facebook:100044123456789'],
      ['https://m.facebook.com/AniesBaswedan', 'facebook:aniesbaswedan'],
      ['/groups/relawan/user/100012345678/', 'facebook:100012345678'],
      ['/AniesBaswedan/posts/pfbid0abc', null],
      ['/permalink.php?story_fbid=1&id=2', null],
      ['/watch/?v=1', null],
      ['/groups/relawan/permalink/1/', null],
      ['/', null],
      ['https://fb.me/abc', null],
    ],
    'https://www.facebook.com/',
  );
});
