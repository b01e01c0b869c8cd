import { describe, expect, it } from 'vitest';
import { siteOfUrl } from '../../../src/ui/popup/site-of-url';

describe('the site a tab is on', () => {
  it.each([
    ['https://x.com/home', 'x'],
    ['https://mobile.twitter.com/a', 'x'],
    ['https://www.threads.com/@a', 'threads'],
    ['https://m.facebook.com/', 'facebook'],
    ['https://www.instagram.com/p/1/', 'instagram'],
    ['https://m.youtube.com/watch?v=1', 'youtube'],
    ['https://www.tiktok.com/@a', 'tiktok'],
  ] as const)('%s is %s', (url, site) => {
    expect(siteOfUrl(url)).toBe(site);
  });

  it.each([
    [undefined],
    [''],
    ['https://notx.com/'],
    ['https://x.com.evil.example/'],
    ['https://example.org/?u=https://x.com/'],
    ['chrome://extensions'],
    ['not a url'],
  ])('%j is not a guarded site', (url) => {
    expect(siteOfUrl(url)).toBeNull();
  });
});
