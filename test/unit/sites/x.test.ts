// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://x.com/home"}
import { beforeEach, describe, expect, it } from 'vitest';
import { xAdapter } from '../../../src/sites/x';
import { XSelectors } from '../../../src/sites/x/selectors';
import {
  click,
  expectAction,
  find,
  inTweet,
  loadFixture,
  parseAll,
  tweet,
} from './x-fixture';

describe('xAdapter', () => {
  it('guards X clicks and key presses', () => {
    expect(xAdapter.platform).toBe('x');
    expect([...xAdapter.events].sort()).toEqual(['click', 'keydown']);
  });

  it('answers null for events without an element target', () => {
    expect(xAdapter.detect(new MouseEvent('click'))).toBeNull();
    expect(xAdapter.detect(new Event('submit'))).toBeNull();
  });
});

describe('the selector table', () => {
  const pages = parseAll();

  // Selector rot shows up here first: every hook the adapter relies on must
  // exist in the saved pages, or the fixtures no longer model X.
  it.each(Object.entries(XSelectors))('%s matches in the fixtures', (_name, selector) => {
    expect(pages.some((page) => page.querySelector(selector) !== null)).toBe(true);
  });
});

describe.each(['home-en', 'home-id'] as const)('likes by click on %s', (fixture) => {
  beforeEach(() => loadFixture(fixture));

  it.each([
    ['1790000000000000001', 'aniesbaswedan', 'a listed author'],
    ['1790000000000000002', 'kompascom', 'an unlisted author'],
    ['1790000000000000003', 'prabowo', 'a repost: the original author, not the reposter'],
    ['1790000000000000004', 'kompascom', 'a quote: the quoting author, not the quoted one'],
    ['1790000000000000005', 'ganjarpranowo', 'a quote by a listed author of an unlisted post'],
  ])('post %s is a like of @%s (%s)', (id, handle) => {
    const button = inTweet(id, '[role="group"] [data-testid="like"]');
    expectAction(click(button), 'like', handle, button);
  });

  it.each([
    ['svg', 'the heart icon'],
    ['svg path', 'the heart outline'],
    ['[data-testid="app-text-transition-container"] span span', 'the like count'],
    ['div[dir="ltr"]', 'the label wrapper'],
  ])('a click on %s (%s) resolves to the button', (inner) => {
    const button = inTweet('1790000000000000001', '[data-testid="like"]');
    expectAction(click(find(inner, button)), 'like', 'aniesbaswedan', button);
  });

  it('a click landing on the count’s text node resolves to the button', () => {
    const button = inTweet('1790000000000000002', '[data-testid="like"]');
    const count = find('[data-testid="app-text-transition-container"] span span', button).firstChild!;
    expect(count.nodeType).toBe(Node.TEXT_NODE);
    expectAction(click(count), 'like', 'kompascom', button);
  });

  it('unliking an already liked post is not an intent, wherever it is clicked', () => {
    const button = inTweet('1790000000000000006', '[data-testid="unlike"]');
    expect(click(button)).toBeNull();
    expect(click(find('svg path', button))).toBeNull();
    expect(tweet('1790000000000000006').querySelector('[data-testid="like"]')).toBeNull();
  });

  it.each([
    ['[data-testid="reply"]'],
    ['[data-testid="bookmark"]'],
    ['[data-testid="caret"]'],
    ['[data-testid="tweetText"]'],
    ['[data-testid="User-Name"] a'],
  ])('a click on %s is no guarded action', (selector) => {
    expect(click(inTweet('1790000000000000001', selector))).toBeNull();
  });

  it('a click on a quoted post or a repost banner is no guarded action', () => {
    expect(click(inTweet('1790000000000000004', 'div[role="link"]'))).toBeNull();
    expect(click(inTweet('1790000000000000003', '[data-testid="socialContext"]'))).toBeNull();
  });
});

describe('the author of a liked post', () => {
  beforeEach(() => loadFixture('home-en'));

  it('is never the quoted author, even if the quote comes first in the markup', () => {
    const post = tweet('1790000000000000004');
    const quote = find('div[role="link"]', post);
    const quotedName = find('[data-testid="User-Name"]', quote);
    quotedName.insertAdjacentHTML('afterbegin', '<a href="/AniesBaswedan">Anies Baswedan</a>');
    post.prepend(quote);
    const button = find('[data-testid="like"]', post);
    expectAction(click(button), 'like', 'kompascom', button);
  });

  it('is unknown, not guessed from other links, when the name block has no profile link', () => {
    const post = tweet('1790000000000000003');
    for (const link of post.querySelectorAll('[data-testid="User-Name"] a')) link.remove();
    // The avatar still links to @prabowo and the banner to @kompascom: neither is read.
    expect(click(find('[data-testid="like"]', post))).toBeNull();
  });

  it('is unknown for a like button outside any post', () => {
    const button = inTweet('1790000000000000001', '[data-testid="like"]');
    document.body.append(button);
    expect(click(button)).toBeNull();
  });
});
