// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.threads.net/"}
import { describe, expect, it } from 'vitest';
import { threadsAdapter } from '../../../src/sites/threads';
import type { Markable } from '../../../src/sites/adapter';
import { find, loadFixture, post, type ThreadsFixture } from './threads-fixture';

function markables(): Markable[] {
  return [...document.querySelectorAll(threadsAdapter.markableSelector)]
    .map((element) => threadsAdapter.markable(element))
    .filter((found): found is Markable => found !== null);
}

const summary = (found: Markable) => `${found.kind}:${found.account.id}${found.followed ? ':followed' : ''}`;

describe('markable', () => {
  it.each([['feed-en'], ['feed-id']] as const)('marks every post on %s, quoted posts too', (fixture: ThreadsFixture) => {
    loadFixture(fixture);
    expect(markables().map(summary)).toEqual([
      'post:aniesbaswedan',
      'post:kompascom',
      'post:prabowo',
      'post:ganjar_pranowo',
      'post:detikcom',
      'post:aniesbaswedan',
    ]);
  });

  it('anchors a post’s marker in its name row: the author’s name and time, not the repost line', () => {
    loadFixture('feed-en');
    const repost = threadsAdapter.markable(find('div[data-pressable-container]', post('C3prabowoPost').parentElement!))!;
    expect(repost.anchor.querySelector('a[href="/@prabowo"]')).not.toBeNull();
    expect(repost.anchor.querySelector('time')).not.toBeNull();
    expect(repost.anchor.querySelector('a[href="/@kompascom"]')).toBeNull();
    expect(repost.anchor.querySelector('[role="button"]')).toBeNull();
  });

  it('anchors a quoted post’s marker inside the quote', () => {
    loadFixture('feed-en');
    const quote = find('div[data-pressable-container]', post('C4ganjarQuote'));
    const marked = threadsAdapter.markable(quote)!;
    expect(summary(marked)).toBe('post:detikcom');
    expect(quote.contains(marked.anchor)).toBe(true);
  });

  it('marks nothing for a post without a permalink', () => {
    loadFixture('feed-en');
    const container = post('C2kompasPost');
    find('a[href$="/post/C2kompasPost"]', container).remove();
    expect(threadsAdapter.markable(container)).toBeNull();
  });

  it('marks a profile header, and says whether the user follows it', () => {
    loadFixture('profile-aniesbaswedan');
    const marked = markables();
    expect(marked.map(summary)).toEqual(['profile:aniesbaswedan', 'post:aniesbaswedan', 'post:kompascom']);
    expect(marked[0]?.anchor).toBe(find('h1'));
    expect(marked[0]?.followed).toBe(false);

    loadFixture('profile-prabowo-followed');
    expect(markables().map(summary)).toEqual(['profile:prabowo:followed', 'post:prabowo']);
  });

  it('reads the followed state in Indonesian', () => {
    loadFixture('profile-prabowo-followed');
    document.documentElement.lang = 'id';
    find('.barcelona-follow.followed div').textContent = 'Mengikuti';
    expect(threadsAdapter.markable(find('h1'))?.followed).toBe(true);
  });

  it('does not mark a dialog’s heading, nor a header whose URL is no profile', () => {
    loadFixture('post-reply');
    expect(markables().map(summary)).toEqual(['post:aniesbaswedan', 'post:kompascom', 'post:aniesbaswedan']);
    loadFixture('profile-aniesbaswedan', 'https://www.threads.net/search');
    expect(threadsAdapter.markable(find('h1'))).toBeNull();
  });
});
