// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as plain from '../../../src/sites/plain-content';
import type { Platform } from '../../../src/lists/platform';

const page = (body: string): Document => new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
const plainlyShowsContent = (platform: Platform, url: URL, doc: Document): boolean => plain[`${platform}PlainContent`](url, doc);
const EMPTY = page('<main><h1>Settings</h1><a href="/home">Home</a></main>');

describe('plainlyShowsContent: what any reader sees, without the site’s test ids or labels', () => {
  it.each<[Platform, string, string]>([
    ['x', 'https://x.com/home', '<article><p>a post</p></article>'],
    ['facebook', 'https://www.facebook.com/', '<div role="feed"><div role="article">a story</div></div>'],
    ['instagram', 'https://www.instagram.com/', '<article><img alt=""></article>'],
    ['tiktok', 'https://www.tiktok.com/foryou', '<video></video>'],
    ['threads', 'https://www.threads.com/', '<a href="/@someone/post/DAbc">3h</a>'],
  ])('%s: a page with posts in its markup (%s)', (platform, url, body) => {
    expect(plainlyShowsContent(platform, new URL(url), page(body))).toBe(true);
    expect(plainlyShowsContent(platform, new URL(url), EMPTY)).toBe(false);
  });

  it.each<[Platform, string]>([
    ['facebook', 'https://www.facebook.com/photo/?fbid=1&set=a.2'],
    ['facebook', 'https://www.facebook.com/photo.php?fbid=1'],
    ['facebook', 'https://www.facebook.com/aniesbaswedan/posts/pfbid0abc'],
    ['facebook', 'https://www.facebook.com/permalink.php?story_fbid=1&id=2'],
    ['facebook', 'https://www.facebook.com/reel/123'],
    ['facebook', 'https://www.facebook.com/watch/?v=1'],
    ['instagram', 'https://www.instagram.com/p/C1abc/'],
    ['instagram', 'https://www.instagram.com/reel/C1abc/'],
    ['instagram', 'https://www.instagram.com/reels/C1abc/'],
    ['instagram', 'https://www.instagram.com/aniesbaswedan/p/C1abc/'],
    ['youtube', 'https://www.youtube.com/watch?v=abc'],
    ['youtube', 'https://m.youtube.com/shorts/abc'],
    ['tiktok', 'https://www.tiktok.com/@someone/video/7300000000000000000'],
    ['threads', 'https://www.threads.com/@someone/post/DAbc'],
  ])('%s: %s shows a post or video by its address alone', (platform, url) => {
    expect(plainlyShowsContent(platform, new URL(url), EMPTY)).toBe(true);
  });

  it.each<[Platform, string]>([
    ['x', 'https://x.com/settings/account'],
    ['facebook', 'https://www.facebook.com/settings'],
    ['facebook', 'https://www.facebook.com/aniesbaswedan'],
    ['instagram', 'https://www.instagram.com/accounts/edit/'],
    ['instagram', 'https://www.instagram.com/aniesbaswedan/'],
    ['youtube', 'https://www.youtube.com/'],
    ['youtube', 'https://www.youtube.com/@aniesbaswedan'],
    ['tiktok', 'https://www.tiktok.com/@someone'],
    ['threads', 'https://www.threads.com/@someone'],
  ])('%s: %s, with nothing in the markup, claims nothing', (platform, url) => {
    expect(plainlyShowsContent(platform, new URL(url), EMPTY)).toBe(false);
  });
});
