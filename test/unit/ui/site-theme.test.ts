// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { metaTheme, tiktokTheme, xTheme, youtubeTheme, type SiteTheme } from '../../../src/ui/site-theme';
import { livePageSource } from '../live/live-page';

/** Gives the test document the <html> and <body> of a saved live page (their attributes are where the sites say their theme). */
function openingTagsOf(page: string): Document {
  const source = livePageSource(page);
  const tags = `${/<html[^>]*>/.exec(source)![0]}<head></head>${/<body[^>]*>/.exec(source)![0]}</body></html>`;
  const parsed = new DOMParser().parseFromString(tags, 'text/html');
  copyAttributes(parsed.documentElement, document.documentElement);
  copyAttributes(parsed.body, document.body);
  return document;
}

function copyAttributes(from: Element, to: Element) {
  for (const name of to.getAttributeNames()) to.removeAttribute(name);
  for (const { name, value } of from.attributes) to.setAttribute(name, value);
}

afterEach(() => {
  copyAttributes(document.createElement('html'), document.documentElement);
  copyAttributes(document.createElement('body'), document.body);
});

describe("the site's own theme, read from saved live pages", () => {
  const pages: [string, SiteTheme, 'dark' | 'light'][] = [
    ['x/home-2025-02', xTheme, 'dark'],
    ['facebook/feed-2022-04-en', metaTheme, 'dark'],
    ['instagram/post-2026-03-en', metaTheme, 'dark'],
    ['threads/profile-2025-12-en', metaTheme, 'dark'],
    ['youtube/watch-2026-01-en', youtubeTheme, 'light'],
    ['tiktok/profile-2025-04', tiktokTheme, 'light'],
  ];
  it.each(pages)('%s reads as its theme', (page, theme, expected) => {
    expect(theme(openingTagsOf(page))).toBe(expected);
  });
});

describe('X, by its page background', () => {
  it.each([
    ['rgb(0, 0, 0)', 'dark'],
    ['rgb(21, 32, 43)', 'dark'],
    ['rgb(255, 255, 255)', 'light'],
  ])('%s is %s', (colour, expected) => {
    document.body.style.backgroundColor = colour;
    expect(xTheme(document)).toBe(expected);
  });

  it('follows the system while the page has no background of its own', () => {
    expect(xTheme(document)).toBeNull();
  });
});

describe('sites that name their theme on <html>', () => {
  it('follow the system when the page names none', () => {
    expect(metaTheme(document)).toBeNull();
    expect(tiktokTheme(document)).toBeNull();
  });

  it('read the light theme as light', () => {
    document.documentElement.className = '__fb-light-mode';
    expect(metaTheme(document)).toBe('light');
    document.documentElement.setAttribute('data-theme', 'light');
    expect(tiktokTheme(document)).toBe('light');
  });

  it('read YouTube dark when <html> says dark', () => {
    document.documentElement.setAttribute('dark', '');
    expect(youtubeTheme(document)).toBe('dark');
  });
});
