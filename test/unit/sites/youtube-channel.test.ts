// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.youtube.com/"}
import { describe, expect, it } from 'vitest';
import { youtubeAdapter } from '../../../src/sites/youtube';
import { find, loadFixture } from './youtube-fixture';

const owner = (url: string) => youtubeAdapter.profileOwner(new URL(url), document);
const UC_ID = 'UCaniesBaswedan0000000_1';

describe('profileOwner', () => {
  it.each(['', '/videos', '/shorts', '/streams', '/featured', '/community'])(
    'names the channel of /@aniesbaswedan%s, confirmed by its header',
    (tab) => {
      loadFixture('channel-listed');
      expect(owner(`https://www.youtube.com/@AniesBaswedan${tab}`)).toEqual({ platform: 'youtube', id: '@aniesbaswedan' });
      expect(owner(`https://m.youtube.com/@aniesbaswedan${tab}`)).toEqual({ platform: 'youtube', id: '@aniesbaswedan' });
    },
  );

  it('is null when the header still shows the previous channel (SPA navigation)', () => {
    loadFixture('channel-listed');
    expect(owner('https://www.youtube.com/@prabowo')).toBeNull();
    expect(owner('https://www.youtube.com/@anies')).toBeNull();
  });

  it.each([
    [`/channel/${UC_ID}`, UC_ID],
    ['/c/AniesBaswedan', 'c/aniesbaswedan'],
    ['/user/aniesbaswedan/videos', 'user/aniesbaswedan'],
  ])('names %s when the header links to that address', (path, id) => {
    loadFixture('channel-listed');
    expect(owner(`https://www.youtube.com${path}`)).toBeNull();
    const link = document.createElement('a');
    link.href = path;
    find('yt-page-header-view-model yt-description-preview-view-model').append(link);
    expect(owner(`https://www.youtube.com${path}`)).toEqual({ platform: 'youtube', id });
  });

  it('accepts the older C4 header, whose handle sits in #channel-handle', () => {
    loadFixture('channel-listed');
    find('yt-page-header-view-model').outerHTML =
      '<ytd-c4-tabbed-header-renderer><yt-formatted-string id="channel-handle">@aniesbaswedan</yt-formatted-string></ytd-c4-tabbed-header-renderer>';
    expect(owner('https://www.youtube.com/@aniesbaswedan')).toEqual({ platform: 'youtube', id: '@aniesbaswedan' });
  });

  it.each([
    'https://www.youtube.com/watch?v=aniesVideo01',
    'https://www.youtube.com/feed/subscriptions',
    'https://www.youtube.com/results?search_query=anies',
    'https://www.youtube.com/playlist?list=PL123',
    'https://www.youtube.com/shorts/aniesShort01',
    'https://www.youtube.com/',
    'https://www.youtube.com/@aniesbaswedan/videos/extra',
    'https://x.com/aniesbaswedan',
  ])('is null off channel pages: %s', (url) => {
    loadFixture('channel-listed');
    expect(owner(url)).toBeNull();
  });
});
