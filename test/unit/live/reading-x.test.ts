// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://x.com/", "settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { describe, expect, it } from 'vitest';
import { xAdapter } from '../../../src/sites/x';
import { readPage } from '../../../src/guard/page-reading';
import { xPlainContent } from '../../../src/sites/plain-content';
import { loadLivePage } from './live-page';

/**
 * What a tab says of X pages when X renames what the adapter reads by: every
 * test id and every label, as a redesign would. The posts are still plainly
 * there (X renders each as an <article>), so the tab must say it cannot read
 * them rather than stay silent.
 */
const renamed = (source: string) => source.replaceAll('data-testid=', 'data-qa=').replaceAll('aria-label=', 'data-said=');

describe('reading a saved X page', () => {
  it('reads the home timeline as saved: its posts with their authors', () => {
    loadLivePage('x/home-2025-02', 'https://x.com/home');
    const reading = readPage(xAdapter, xPlainContent, document, 0, true);
    expect(reading.state).toBe('read');
    expect(reading.authors).toBeGreaterThanOrEqual(6);
  });

  it('says it cannot read the home timeline once its test ids and labels are renamed', () => {
    loadLivePage('x/home-2025-02', 'https://x.com/home', renamed);
    expect(document.querySelectorAll('article')).toHaveLength(6);
    expect(readPage(xAdapter, xPlainContent, document, 0, true)).toEqual({ state: 'unreadable', posts: 0, authors: 0, controls: 0 });
  });

  it('says nothing of a page that shows no post', () => {
    loadLivePage('x/home-2025-02', 'https://x.com/settings', (source) => renamed(source).replace(/<article\b[\s\S]*<\/article>/, ''));
    expect(document.querySelector('article')).toBeNull();
    expect(readPage(xAdapter, xPlainContent, document, 3, true)).toMatchObject({ state: 'nothing', authors: 0, controls: 3 });
  });
});
