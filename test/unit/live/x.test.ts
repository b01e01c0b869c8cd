// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://x.com/", "settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { beforeEach, describe, expect, it } from 'vitest';
import { xAdapter } from '../../../src/sites/x';
import { accountKey, clickOn, described, detectOn, loadLivePage, markablesOn, markersOnLivePage, publishOn } from './live-page';

/**
 * X as its web app rendered it for real people (see shared/live-dom/README.md).
 * Every expected account below was read off the saved markup by hand: the
 * author links in each post's name row, the handle in each suggestion cell.
 */

const $$ = (selector: string, scope: ParentNode = document): HTMLElement[] => [...scope.querySelectorAll<HTMLElement>(selector)];

/** The posts in document order. */
const posts = (): HTMLElement[] => $$('article');

/** What a click on each match answers, in document order. */
const clicks = (selector: string): (string | null)[] => $$(selector).map((control) => described(clickOn(xAdapter, control)));

/** What each marked element is and whose it is. */
const marked = (): string[] =>
  markablesOn(xAdapter).map(({ element, markable }) => `${markable.kind} ${accountKey(markable.account)} ${element.tagName.toLowerCase()}`);

/** Enables the composer's disabled submit button, as typing into it does. */
const typed = (source: string): string =>
  source.replace(/<button aria-disabled="true" disabled=""([^>]*data-testid="tweetButtonInline")/g, '<button$1');

/** Which post each marker landed in. */
function markedPosts(listed: readonly string[]): { account: string; post: Element | null }[] {
  return markersOnLivePage(xAdapter, listed).map(({ account, anchor }) => ({ account, post: anchor?.closest('article') ?? null }));
}

/** Each selector finds controls on the page, and a click on any of them is guarded as nothing. */
function expectUnguarded(selectors: readonly string[]): void {
  for (const selector of selectors) {
    const answers = clicks(selector);
    expect({ selector, found: answers.length > 0, guarded: answers.filter((answer) => answer !== null) }).toEqual({
      selector,
      found: true,
      guarded: [],
    });
  }
}

const SHARE_MENU = '[role="group"] button[aria-label="Share post"]';

const keydown = (init: KeyboardEventInit): KeyboardEvent => new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...init });
const click = (): MouseEvent => new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });

const press = (target: HTMLElement, init: KeyboardEventInit): string | null => described(detectOn(xAdapter, target, keydown(init)));

/** The text each like button's action reads for hashtags, in document order, asked only now. */
const likedTexts = (): string[] => $$('[data-testid="like"]').map((button) => clickOn(xAdapter, button)?.text?.() ?? 'no text');

/** Types into the page's first composer as Draft.js holds typed text: one span per line. */
function typeInto(text: string): HTMLElement {
  const box = $$('[data-testid="tweetTextarea_0"]')[0]!;
  box.querySelector('span[data-offset-key]')!.innerHTML = `<span data-text="true">${text}</span>`;
  return box;
}

/** What publish answers for a click on `target` or a key in it: the element it would press and the text. */
function published(target: HTMLElement, init?: KeyboardEventInit): { element: HTMLElement; text: string } | null {
  const answer = publishOn(xAdapter, target, init ? keydown(init) : click());
  return answer === null ? null : { element: answer.element, text: answer.text() };
}

describe('x.com/home, logged in, dark (home-2025-02)', () => {
  const HOME = 'https://x.com/home';
  const AUTHORS = ['bgatesisapyscho', 'bgatesisapyscho', 'bgatesisapyscho', 'bgatesisapyscho', 'nikitabier', 'nikitabier'];
  beforeEach(() => loadLivePage('x/home-2025-02', HOME));

  it('finds the six posts of the timeline, each with its author', () => {
    expect(marked()).toEqual(AUTHORS.map((id) => `post x:${id} article`));
  });

  it('reads every like button as a like of its post’s author', () => {
    expect(clicks('[data-testid="like"]')).toEqual(AUTHORS.map((id) => `like x:${id}`));
    const icon = posts()[4]!.querySelector('[data-testid="like"] svg')!;
    expect(described(clickOn(xAdapter, icon))).toBe('like x:nikitabier');
  });

  it('reads the repost and share-post menus as shares of the post’s author', () => {
    expect(clicks('[data-testid="retweet"]')).toEqual(AUTHORS.map((id) => `share x:${id}`));
    expect(clicks(SHARE_MENU)).toEqual(AUTHORS.map((id) => `share x:${id}`));
  });

  it('reads `l` and `t` on a focused post as a like and a share of its author', () => {
    const post = posts()[5]!;
    post.focus();
    expect(press(post, { key: 'l' })).toBe('like x:nikitabier');
    expect(press(post, { key: 't' })).toBe('share x:nikitabier');
  });

  it('guards nothing that only opens, navigates, bookmarks or reads', () => {
    expectUnguarded([
      '[data-testid="reply"]',
      '[data-testid="bookmark"]',
      '[data-testid="caret"]',
      'button[aria-label="Grok actions"]',
      'a[href$="/analytics"]',
      '[data-testid="User-Name"] a',
      '[data-testid="tweetPhoto"]',
      '[data-testid="tweet-text-show-more-link"]',
      '[data-testid="SideNav_NewTweet_Button"]',
      '[data-testid="trend"]',
    ]);
  });

  it('reads the home composer as a new post, not a comment, even once typed into', () => {
    loadLivePage('x/home-2025-02', HOME, typed);
    const submit = $$('[data-testid="tweetButtonInline"]');
    expect(submit).toHaveLength(1);
    expect(described(clickOn(xAdapter, submit[0]!))).toBeNull();
    expect(press($$('[data-testid="tweetTextarea_0"]')[0]!, { key: 'Enter', ctrlKey: true })).toBeNull();
  });

  it('reads each post’s text only when asked: the five with words, and none for the one without', () => {
    const texts = likedTexts();
    expect(texts.map((text) => text.replace(/\s+/g, ' ').slice(0, 40))).toEqual([
      'Study of excess mortality across 9 Count',
      'Trump framed his famous mugshot & hung i',
      'Dude questions the aftermath of the Maui',
      'American Skies look like British skies. ',
      'I spent 10 minutes prompting Deep Resear',
      '',
    ]);
    // The same text for the repost and share menus of a post.
    expect(clickOn(xAdapter, $$('[data-testid="retweet"]')[1]!)?.text?.()).toBe(texts[1]);
    expect(clickOn(xAdapter, $$(SHARE_MENU)[1]!)?.text?.()).toBe(texts[1]);
  });

  it('keeps a hashtag and a mention in a post’s text as X links them, with or without the text’s test id', () => {
    const linked = (source: string): string =>
      source.replace(
        'You don’t need to be a statistician',
        '<a dir="ltr" href="/hashtag/AMINAjaDulu?src=hashtag_click" role="link">#AMINAjaDulu</a> <a href="/nikitabier" role="link">@nikitabier</a> You don’t need',
      );
    loadLivePage('x/home-2025-02', HOME, linked);
    expect(likedTexts()[0]!.replace(/\s+/g, ' ')).toContain('rolled out. #AMINAjaDulu @nikitabier You don’t need');
    // X renamed its text block: the language it marks the block with, then the hashtag link itself.
    loadLivePage('x/home-2025-02', HOME, (source) => linked(source).replaceAll('data-testid="tweetText"', ''));
    expect(likedTexts()[0]).toContain('#AMINAjaDulu @nikitabier');
    loadLivePage('x/home-2025-02', HOME, (source) => linked(source).replaceAll('data-testid="tweetText"', '').replaceAll(' lang="en"', ''));
    expect(likedTexts()[0]).toBe('#AMINAjaDulu');
  });

  it('publishes from the home composer what was typed, by its Post button and by Ctrl/Cmd+Enter', () => {
    loadLivePage('x/home-2025-02', HOME, typed);
    const box = typeInto('Halo @aniesbaswedan #AMINAjaDulu');
    const button = $$('[data-testid="tweetButtonInline"]')[0]!;
    const expected = { element: button, text: 'Halo @aniesbaswedan #AMINAjaDulu' };
    expect(published(button)).toEqual(expected);
    expect(published(button.querySelector('span span')!)).toEqual(expected);
    const line = box.querySelector<HTMLElement>('[data-text="true"]')!;
    expect(published(line, { key: 'Enter', ctrlKey: true })).toEqual(expected);
    expect(published(line, { key: 'Enter', metaKey: true })).toEqual(expected);
    expect(published(line, { key: 'Enter' })).toBeNull();
    expect(published(line, { key: 'Enter', ctrlKey: true, altKey: true })).toBeNull();
  });

  it('publishes nothing from the disabled Post button of an empty composer, nor from other buttons', () => {
    // As saved, the empty composer's button is disabled: a click on it reaches nobody, and X marks it so too.
    const button = $$('[data-testid="tweetButtonInline"]')[0]!;
    expect(button.matches('[disabled][aria-disabled="true"]')).toBe(true);
    button.removeAttribute('disabled');
    expect(published(button)).toBeNull();
    expect(published($$('[data-testid="tweetTextarea_0"]')[0]!, { key: 'Enter', ctrlKey: true })).toBeNull();
    for (const selector of [
      '[data-testid="like"]',
      '[data-testid="retweet"]',
      SHARE_MENU,
      '[data-testid="reply"]',
      '[data-testid="SideNav_NewTweet_Button"]',
      'button[aria-label="Add photos or video"]',
      '[data-testid="gifSearchButton"]',
      '[data-testid="UserCell"] [data-testid$="-follow"]',
    ]) {
      expect({ selector, published: $$(selector).map((control) => published(control)) }).toEqual({
        selector,
        published: $$(selector).map(() => null),
      });
    }
  });

  it('reads each Who to follow button as a follow of the user whose cell it is', () => {
    expect(clicks('[data-testid="UserCell"] [data-testid$="-follow"]')).toEqual([
      'follow x:marriottintl',
      'follow x:astro_doug',
      'follow x:marriott',
    ]);
    // Without its label the cell itself names the user.
    const button = $$('[data-testid="275710913-follow"]')[0]!;
    button.removeAttribute('aria-label');
    expect(described(clickOn(xAdapter, button))).toBe('follow x:astro_doug');
  });

  it('reads the controls by their test ids, whatever language labels them', () => {
    // The live page as an Indonesian one labels it; no capture in Indonesian exists.
    loadLivePage('x/home-2025-02', HOME, (source) =>
      source
        .replace('lang="en"', 'lang="id"')
        .replace(/aria-label="(\d+) Likes\. Like"/g, 'aria-label="$1 Suka. Suka"')
        .replace(/aria-label="(\d+) reposts\. Repost"/g, 'aria-label="$1 postingan ulang. Posting ulang"')
        .replace(/aria-label="Follow @(\w+)"/g, 'aria-label="Ikuti @$1"'),
    );
    expect($$('[aria-label$="Suka. Suka"]')).toHaveLength(6);
    expect(clicks('[data-testid="like"]')).toEqual(AUTHORS.map((id) => `like x:${id}`));
    expect(clicks('[data-testid="retweet"]')).toEqual(AUTHORS.map((id) => `share x:${id}`));
    expect(clicks('[data-testid$="-follow"]')).toEqual(['follow x:marriottintl', 'follow x:astro_doug', 'follow x:marriott']);
  });

  it('marks the posts of a listed author and nothing else', () => {
    const [, , , , fifth, sixth] = posts();
    expect(markedPosts(['x:nikitabier'])).toEqual([
      { account: 'x:nikitabier', post: fifth },
      { account: 'x:nikitabier', post: sixth },
    ]);
    // A listed account in Who to follow is no post: only the four posts are marked.
    const four = markedPosts(['x:bgatesisapyscho', 'x:marriott']);
    expect(four.map(({ account }) => account)).toEqual(Array(4).fill('x:bgatesisapyscho'));
    expect(four.map(({ post }) => post)).toEqual(posts().slice(0, 4));
  });
});

describe('an Article post page, already liked (article-2026-02)', () => {
  const STATUS = 'https://x.com/arscontexta/status/2013045749580259680';
  beforeEach(() => loadLivePage('x/article-2026-02', STATUS));

  it('finds the one post, by its author', () => {
    expect(marked()).toEqual(['post x:arscontexta article']);
  });

  it('reads the already liked post’s buttons (Liked) as undoing, not as likes', () => {
    expect($$('[data-testid="unlike"]')).toHaveLength(2);
    expect(clicks('[data-testid="unlike"]')).toEqual([null, null]);
    expect(clicks('[data-testid="unlike"] [data-testid="app-text-transition-container"]')).toEqual([null, null]);
    const post = posts()[0]!;
    post.focus();
    expect(press(post, { key: 'l' })).toBeNull();
  });

  it('reads both repost buttons and both share menus as shares of the author', () => {
    expect(clicks('[data-testid="retweet"]')).toEqual(['share x:arscontexta', 'share x:arscontexta']);
    expect(clicks(SHARE_MENU)).toEqual(['share x:arscontexta', 'share x:arscontexta']);
  });

  it('guards nothing that only opens, navigates or removes a bookmark', () => {
    expectUnguarded([
      '[data-testid="reply"]',
      '[data-testid="removeBookmark"]',
      '[data-testid="caret"]',
      'a[href$="/quotes"]',
      'a[aria-label="Focus mode"]',
      '[data-testid="markdown-code-block"] button',
      '[data-testid="twitter-article-title"]',
    ]);
  });

  it('reads the inline reply composer as a comment on the post it sits under', () => {
    loadLivePage('x/article-2026-02', STATUS, typed);
    expect(clicks('[data-testid="tweetButtonInline"]')).toEqual(['comment x:arscontexta']);
    expect(clicks('[data-testid="tweetButtonInline"] span span')).toEqual(['comment x:arscontexta']);
    const text = $$('[data-testid="tweetTextarea_0"]')[0]!;
    expect(press(text, { key: 'Enter', ctrlKey: true })).toBe('comment x:arscontexta');
    expect(press(text, { key: 'Enter' })).toBeNull();
    expect(press(text, { key: 'l' })).toBeNull();
    // With nothing typed X marks the button as it was saved: it sends nothing.
    $$('[data-testid="tweetButtonInline"]')[0]!.setAttribute('aria-disabled', 'true');
    expect(clicks('[data-testid="tweetButtonInline"]')).toEqual([null]);
    expect(press(text, { key: 'Enter', ctrlKey: true })).toBeNull();
  });

  it('reads the Article’s title and body as the post’s text, for its shares and the reply under it', () => {
    const text = clickOn(xAdapter, $$('[data-testid="retweet"]')[0]!)?.text?.() ?? '';
    expect(text.startsWith('obsidian + claude code 101\n')).toBe(true);
    expect(text).toContain('ive spent the last year building an operating system for thinking with ai.');
    loadLivePage('x/article-2026-02', STATUS, typed);
    expect(clickOn(xAdapter, $$('[data-testid="tweetButtonInline"]')[0]!)?.text?.()).toBe(text);
  });

  it('publishes from the reply box the reply as typed, while its Reply button stays a comment on the post', () => {
    loadLivePage('x/article-2026-02', STATUS, typed);
    typeInto('Setuju, @kepano #obsidian');
    const button = $$('[data-testid="tweetButtonInline"]')[0]!;
    expect(published(button)).toEqual({ element: button, text: 'Setuju, @kepano #obsidian' });
    expect(described(clickOn(xAdapter, button))).toBe('comment x:arscontexta');
    button.setAttribute('aria-disabled', 'true');
    expect(published(button)).toBeNull();
  });

  it('reads "Follow back" in Relevant people as a follow of the user whose cell it is', () => {
    expect(clicks('[data-testid$="-follow"]')).toEqual(['follow x:arscontexta']);
    // The cell's bio links another account; the cell's user is the one it is about.
    const button = $$('[data-testid$="-follow"]')[0]!;
    button.removeAttribute('aria-label');
    expect(described(clickOn(xAdapter, button))).toBe('follow x:arscontexta');
  });

  it('marks the post of a listed author and not the Relevant people cell', () => {
    expect(markedPosts(['x:arscontexta'])).toEqual([{ account: 'x:arscontexta', post: posts()[0] }]);
    expect(markedPosts(['x:kepano', 'x:molt_cornelius'])).toEqual([]);
  });
});

describe('one post, anonymised by its publisher (tweet-2025-10)', () => {
  // The publisher renamed the author everywhere: its name row, avatar and
  // permalink all say /TestUser123, and that is the author the page shows.
  const STATUS = 'https://x.com/TestUser123/status/1981398750557065646';
  beforeEach(() => loadLivePage('x/tweet-2025-10', STATUS));

  it('finds the post, by the author its links name', () => {
    expect(marked()).toEqual(['post x:testuser123 article']);
  });

  it('reads like, repost and share as acting on that author, and nothing else', () => {
    expect(clicks('[data-testid="like"]')).toEqual(['like x:testuser123']);
    expect(clicks('[data-testid="retweet"]')).toEqual(['share x:testuser123']);
    expect(clicks(SHARE_MENU)).toEqual(['share x:testuser123']);
    expectUnguarded([
      '[data-testid="reply"]',
      '[data-testid="bookmark"]',
      '[data-testid="caret"]',
      '[data-testid="card.wrapper"] a',
      'svg[data-testid="icon-verified"]',
    ]);
  });

  it('reads the post’s text, not its link card’s', () => {
    expect(likedTexts()).toEqual(['Democrat Shutdown Jeopardizes America\'s Skies']);
  });

  it('marks the post when its author is listed, and not otherwise', () => {
    expect(markedPosts(['x:testuser123'])).toEqual([{ account: 'x:testuser123', post: posts()[0] }]);
    expect(markedPosts(['x:whitehouse'])).toEqual([]);
  });
});
