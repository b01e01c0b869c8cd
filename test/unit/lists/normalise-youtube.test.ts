import { describe } from 'vitest';
import { normaliseTable, urlTable } from './normalise-table';

const CHANNEL = 'UCabcdefghijklmnopqrst-_';

describe('YouTube channels as users write them', () => {
  normaliseTable('youtube', [
    ['@AniesBaswedan', '@aniesbaswedan'],
    [' @aniesbaswedan ', '@aniesbaswedan'],
    ['https://www.youtube.com/@AniesBaswedan', '@aniesbaswedan'],
    ['youtube.com/@AniesBaswedan/videos', '@aniesbaswedan'],
    ['https://m.youtube.com/@aniesbaswedan/featured?app=m', '@aniesbaswedan'],
    ['music.youtube.com/@aniesbaswedan', '@aniesbaswedan'],
    ['youtube.com/@Gánjar.Pranowo', '@gánjar.pranowo'],
    ['youtube.com/@%E0%B8%81%E0%B8%82%E0%B8%84', '@กขค'],
    ['/@aniesbaswedan', '@aniesbaswedan'],
    [CHANNEL, CHANNEL],
    [`https://www.youtube.com/channel/${CHANNEL}`, CHANNEL],
    [`youtube.com/channel/${CHANNEL}/videos?view=0`, CHANNEL],
    [`channel/${CHANNEL}`, CHANNEL],
    ['https://www.youtube.com/c/AniesBaswedan', 'c/aniesbaswedan'],
    ['c/AniesBaswedan', 'c/aniesbaswedan'],
    // Lowercasing İ gives two characters: the length limit applies to the stored form.
    [`c/${'İ'.repeat(60)}`, /^not a valid c\/ name$/],
    ['youtube.com/user/GanjarPranowo/videos', 'user/ganjarpranowo'],
    ['user/GanjarPranowo', 'user/ganjarpranowo'],
    ['aniesbaswedan', /YouTube accounts are written @handle, a UC… channel id, c\/name or user\/name/],
    ['youtube.com/AniesBaswedan', /legacy address without @, c\/ or user\/ is ambiguous/],
    ['ucabcdefghijklmnopqrst-_', /YouTube accounts are written/],
    ['channel/UCshort', /not a channel id/],
    [`youtube.com/channel/${CHANNEL}x`, /not a channel id/],
    ['youtube.com/watch?v=dQw4w9WgXcQ', /^a video or post URL, not an account$/],
    ['youtube.com/shorts/abcdefghijk', /video or post URL/],
    ['youtube.com/live/abcdefghijk', /video or post URL/],
    ['youtube.com/playlist?list=PL123', /video or post URL/],
    ['youtube.com/results?search_query=anies', /^"results" is a YouTube page, not an account$/],
    ['youtube.com/feed/subscriptions', /"feed" is a YouTube page/],
    ['youtube.com/@aniesbaswedan/community/extra', /not a profile page/],
    ['youtube.com/@aniesbaswedan/unknown', /not a profile page/],
    ['youtu.be/dQw4w9WgXcQ', /youtu\.be link is a video, not an account/],
    ['youtube.com', /YouTube home page/],
    ['@ab', /too short/],
    [`@${'a'.repeat(31)}`, /too long/],
    ['@anies baswedan', /characters YouTube does not allow/],
    ['youtube.com/@bad%E0', /malformed/],
    ['tiktok.com/@aniesbaswedan', /^tiktok\.com URL given for platform youtube$/],
  ]);
});

describe('YouTube channel links', () => {
  urlTable(
    [
      ['/@AniesBaswedan', 'youtube:@aniesbaswedan'],
      [`/channel/${CHANNEL}`, `youtube:${CHANNEL}`],
      ['/c/AniesBaswedan', 'youtube:c/aniesbaswedan'],
      ['/watch?v=dQw4w9WgXcQ', null],
      ['/shorts/abcdefghijk', null],
      ['/', null],
      ['https://youtu.be/dQw4w9WgXcQ', null],
      ['https://m.youtube.com/@aniesbaswedan', 'youtube:@aniesbaswedan'],
    ],
    'https://www.youtube.com/',
  );
});
