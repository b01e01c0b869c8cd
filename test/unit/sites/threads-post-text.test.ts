// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.threads.net/search?q=AMINAjaDulu&serp_type=tags"}
import { beforeEach, describe, expect, it } from 'vitest';
import { click, control, find, loadFixture } from './threads-fixture';

describe('the text of a post by an unlisted author, for its campaign hashtags', () => {
  beforeEach(() => loadFixture('search-tag'));

  it('has the tag Threads links by its name (no #) as a hashtag, for the post’s like and repost', () => {
    for (const [label, intent] of [['Like', 'like'], ['Repost', 'share']] as const) {
      const action = click(control('C11tagPost', label));
      expect({ intent: action?.intent, account: action?.account.id }).toEqual({ intent, account: 'suarawarga.id' });
      expect(action?.text?.()).toBe('Ayo datang ke TPS tanggal 14 Februari! AMINAjaDulu\n#AMINAjaDulu');
    }
  });

  it('holds the quoted post’s words too, where the tag is written with #', () => {
    const action = click(control('C12quotePost', 'Like'));
    expect(action?.account.id).toBe('kabarkampung');
    expect(action?.text?.()).toBe('Ramai sekali di lapangan pagi ini.\nKami siap memenangkan #AMINAjaDulu di desa kami.');
  });

  it('is read when asked, not when the press is detected', () => {
    const action = click(control('C11tagPost', 'Like'));
    find('a[href*="serp_type=tags"]').setAttribute('href', '/search?q=Pemilu%202024&serp_type=tags');
    expect(action?.text?.()).toContain('\n#Pemilu2024');
  });
});

it('the post a reply answers is handed over with its text', () => {
  loadFixture('post-reply');
  const button = [...document.querySelectorAll<HTMLElement>('[role="dialog"] [role="button"]')].find((b) => b.textContent.trim() === 'Post')!;
  expect(click(button)?.text?.()).toBe('Thank you, Jakarta, for the warm welcome today.');
});
