// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.threads.net/"}
import { beforeEach, describe, expect, it } from 'vitest';
import { threadsAdapter } from '../../../src/sites/threads';
import { ThreadsSelectors } from '../../../src/sites/threads/selectors';
import {
  click,
  control,
  expectAction,
  find,
  loadFixture,
  parseAll,
  post,
} from './threads-fixture';

describe('threadsAdapter', () => {
  it('guards Threads clicks and key presses', () => {
    expect(threadsAdapter.platform).toBe('threads');
    expect([...threadsAdapter.events].sort()).toEqual(['click', 'keydown']);
  });

  it('answers null for events without an element target', () => {
    expect(threadsAdapter.detect(new MouseEvent('click'))).toBeNull();
    expect(threadsAdapter.detect(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }))).toBeNull();
  });
});

describe('the selector table', () => {
  const pages = parseAll();

  // Every hook the adapter relies on must exist in the saved pages, or the fixtures no longer model Threads.
  it.each(Object.entries(ThreadsSelectors))('%s matches in the fixtures', (_name, selector) => {
    expect(pages.some((page) => page.querySelector(selector) !== null)).toBe(true);
  });
});

const FEEDS = [
  ['feed-en', { like: 'Like', unlike: 'Unlike', repost: 'Repost', unrepost: 'Unrepost', reply: 'Reply', share: 'Share', more: 'More' }],
  ['feed-id', { like: 'Suka', unlike: 'Batal suka', repost: 'Posting ulang', unrepost: 'Batalkan posting ulang', reply: 'Balas', share: 'Bagikan', more: 'Lainnya' }],
] as const;

const AUTHORS = [
  ['C1aniesPost', 'aniesbaswedan', 'a listed author'],
  ['C2kompasPost', 'kompascom', 'an unlisted author'],
  ['C3prabowoPost', 'prabowo', 'a repost: the original author, not the reposter'],
  ['C4ganjarQuote', 'ganjar_pranowo', 'a quote: the quoting author, not the quoted one'],
] as const;

describe.each(FEEDS)('likes and reposts on %s', (fixture, label) => {
  beforeEach(() => loadFixture(fixture));

  it.each(AUTHORS)('a like on post %s is a like of @%s (%s)', (code, handle) => {
    const button = control(code, label.like);
    expectAction(click(button), 'like', handle, button);
  });

  it.each(AUTHORS)('a repost on post %s is a share of @%s (%s)', (code, handle) => {
    const button = control(code, label.repost);
    expectAction(click(button), 'share', handle, button);
  });

  it.each([
    ['svg', 'the heart icon'],
    ['svg path', 'the heart outline'],
    ['svg title', 'the icon title'],
    ['span span', 'the like count'],
  ])('a click on %s (%s) resolves to the button', (inner) => {
    const button = control('C1aniesPost', label.like);
    expectAction(click(find(inner, button)), 'like', 'aniesbaswedan', button);
  });

  it('a click landing on the count’s text node resolves to the button', () => {
    const button = control('C2kompasPost', label.like);
    const count = find('span span', button).firstChild!;
    expect(count.nodeType).toBe(Node.TEXT_NODE);
    expectAction(click(count), 'like', 'kompascom', button);
  });

  it('unliking and undoing a repost are not intents, wherever they are clicked', () => {
    for (const undo of [label.unlike, label.unrepost]) {
      const button = control('C6aniesLiked', undo);
      expect(click(button)).toBeNull();
      expect(click(find('svg path', button))).toBeNull();
    }
    expect(post('C6aniesLiked').querySelector(`svg[aria-label="${label.like}"]`)).toBeNull();
  });

  it.each([['reply'], ['share'], ['more']] as const)('the %s button is no guarded action', (name) => {
    expect(click(control('C1aniesPost', label[name]))).toBeNull();
  });

  it('clicks on text, names, time stamps, a quoted post and a repost line are no guarded action', () => {
    for (const selector of ['span[dir="auto"] span', 'a[href="/@aniesbaswedan"]', 'time']) {
      expect(click(find(selector, post('C1aniesPost')))).toBeNull();
    }
    expect(click(find('div[data-pressable-container] div[data-pressable-container]', post('C4ganjarQuote')))).toBeNull();
    expect(click(find('a[href="/@kompascom"]', post('C3prabowoPost')))).toBeNull();
  });
});

describe('labels follow the page language', () => {
  beforeEach(() => loadFixture('feed-en'));

  it('an English label on an Indonesian page is not read, nor the other way round', () => {
    document.documentElement.lang = 'id';
    expect(click(control('C1aniesPost', 'Like'))).toBeNull();
    document.documentElement.lang = 'en';
    find('svg[aria-label="Like"]', post('C1aniesPost')).setAttribute('aria-label', 'Suka');
    expect(click(control('C1aniesPost', 'Suka'))).toBeNull();
  });

  it('a region subtag (id-ID, en-GB) reads its language; an unknown language reads English', () => {
    document.documentElement.lang = 'en-GB';
    const button = control('C2kompasPost', 'Like');
    expectAction(click(button), 'like', 'kompascom', button);
    document.documentElement.lang = 'ja';
    expectAction(click(button), 'like', 'kompascom', button);
    loadFixture('feed-id');
    document.documentElement.lang = 'id-ID';
    const suka = control('C2kompasPost', 'Suka');
    expectAction(click(suka), 'like', 'kompascom', suka);
  });
});

describe('the author of a post', () => {
  beforeEach(() => loadFixture('feed-en'));

  it('is never the quoted author, even if the quote comes first in the markup', () => {
    const quoting = post('C4ganjarQuote');
    const quote = find('div[data-pressable-container]', quoting);
    quoting.prepend(quote);
    const button = control('C4ganjarQuote', 'Like');
    expectAction(click(button), 'like', 'ganjar_pranowo', button);
  });

  it('is read from an absolute permalink too, and in lowercase', () => {
    const link = find('a[href="/@prabowo/post/C3prabowoPost"]');
    link.setAttribute('href', 'https://www.threads.com/@Prabowo/post/C3prabowoPost');
    const button = control('C3prabowoPost', 'Like');
    expectAction(click(button), 'like', 'prabowo', button);
  });

  it('is unknown, not guessed from other links, when the post has no permalink', () => {
    const repost = post('C3prabowoPost');
    const button = control('C3prabowoPost', 'Like');
    find('a[href$="/post/C3prabowoPost"]', repost).remove();
    // The avatar and name still link to @prabowo and the repost line to @kompascom: neither is read.
    expect(click(button)).toBeNull();
  });

  it('is unknown for a like button outside any post', () => {
    const button = control('C1aniesPost', 'Like');
    document.body.append(button);
    expect(click(button)).toBeNull();
  });
});
