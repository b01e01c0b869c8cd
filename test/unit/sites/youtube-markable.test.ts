// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.youtube.com/"}
import { describe, expect, it } from 'vitest';
import { youtubeAdapter } from '../../../src/sites/youtube';
import { find, loadFixture } from './youtube-fixture';

const markables = () =>
  [...document.querySelectorAll(youtubeAdapter.markableSelector)]
    .map((element) => youtubeAdapter.markable(element))
    .filter((found) => found !== null);

describe('markable', () => {
  it("marks the watched video's owner row after the channel name, and each comment after its author row", () => {
    loadFixture('watch-listed');
    const authorRow = (handle: string) => find(`#header-author:has(#author-text[href="/${handle}"])`);
    // The sidebar's lockup names its channel without a link: nothing to mark there.
    expect(markables()).toEqual([
      { account: { platform: 'youtube', id: '@aniesbaswedan' }, kind: 'post', anchor: find('ytd-video-owner-renderer #text-container') },
      { account: { platform: 'youtube', id: '@kompascom' }, kind: 'post', anchor: authorRow('@kompascom') },
      { account: { platform: 'youtube', id: '@prabowo' }, kind: 'post', anchor: authorRow('@prabowo') },
      { account: { platform: 'youtube', id: '@aniesbaswedan' }, kind: 'post', anchor: authorRow('@aniesbaswedan') },
    ]);
  });

  it('marks a channel header as the profile, with its subscribed state', () => {
    loadFixture('channel-listed');
    expect(markables()).toEqual([
      { account: { platform: 'youtube', id: '@aniesbaswedan' }, kind: 'profile', anchor: find('yt-page-header-view-model h1'), followed: false },
    ]);
    loadFixture('channel-subscribed');
    expect(markables()).toEqual([
      { account: { platform: 'youtube', id: '@prabowo' }, kind: 'profile', anchor: find('yt-page-header-view-model h1'), followed: true },
    ]);
  });

  it('leaves a header that lingers from the previous channel unmarked', () => {
    loadFixture('channel-listed', 'https://www.youtube.com/@prabowo');
    expect(markables()).toEqual([]);
  });

  it('marks channels in search results, subscribed or not, and each video after its channel name', () => {
    loadFixture('results');
    const name = (handle: string) => find(`ytd-channel-renderer:has(a[href="/${handle}"]) #channel-title #text-container`);
    const found = markables();
    expect(found.filter((it) => it.kind === 'profile')).toEqual([
      { account: { platform: 'youtube', id: '@aniesbaswedan' }, kind: 'profile', anchor: name('@aniesbaswedan'), followed: false },
      { account: { platform: 'youtube', id: '@prabowo' }, kind: 'profile', anchor: name('@prabowo'), followed: true },
    ]);
    expect(found.filter((it) => it.kind === 'post')).toEqual([
      { account: { platform: 'youtube', id: '@aniesbaswedan' }, kind: 'post', anchor: find('ytd-video-renderer ytd-channel-name #text-container') },
    ]);
  });

  it('finds nothing to mark on Shorts', () => {
    loadFixture('shorts');
    expect(markables()).toEqual([]);
  });
});
